package id.loket.mail.control;

import jakarta.activation.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The bytes of a multipart body with a content type that Jakarta Mail can split, whatever the
 * original header looked like (the boundary is taken from our own forgiving parse).
 */
record MultipartSource(byte[] bytes, String type, String boundary) implements DataSource {
  @Override
  public InputStream getInputStream() {
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    throw new IOException("read only");
  }

  @Override
  public String getContentType() {
    return type + "; boundary=\"" + boundary.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public String getName() {
    return "multipart";
  }
}
