package id.loket.attachment.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what a file is from its bytes (Apache Tika's magic numbers), never from its name or the
 * type a client declared: an {@code .exe} renamed {@code .png} is an executable, a PNG called
 * {@code .txt} is a PNG. The name is asked only to tell apart what the bytes alone cannot (a ZIP
 * container that is a DOCX, plain text that is CSV, a Matroska file that is WebM), and only where
 * its answer is a special case of what the bytes say; otherwise the bytes win.
 */
public final class FileTypes {

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

  private FileTypes() {}

  /**
   * @return the media type of {@code content}, without parameters, lower case ({@code
   *     application/octet-stream} when nothing is recognised)
   */
  public static String detect(byte[] content, String name) {
    try {
      MediaType magic = TYPES.detect(new ByteArrayInputStream(content), new Metadata());
      Metadata named = new Metadata();
      if (name != null && !name.isBlank()) {
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
      }
      MediaType refined = TYPES.detect(new ByteArrayInputStream(content), named);
      MediaType chosen =
          TYPES.getMediaTypeRegistry().isSpecializationOf(refined, magic) ? refined : magic;
      return chosen.getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
