package id.loket.it.support;

import static id.loket.it.LoketDeployment.PASSWORD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP written by hand over one socket, for what no HTTP client sends: several requests in one go
 * (request smuggling), methods no client knows, chunked bodies. Requests are signed in as the demo
 * requester {@code rina}.
 */
public final class RawHttp {

  private static final Pattern STATUS_LINE = Pattern.compile("(?m)^HTTP/1\\.1 (\\d{3})");

  private RawHttp() {}

  /** What came back on one connection, and whether the server closed it. */
  public record Exchange(String text, boolean closedByServer) {

    /** The status of every answer on the connection, in order (interim 100s left out). */
    public List<Integer> statuses() {
      Matcher m = STATUS_LINE.matcher(text);
      List<Integer> statuses = new ArrayList<>();
      while (m.find()) {
        if (!m.group(1).equals("100")) {
          statuses.add(Integer.parseInt(m.group(1)));
        }
      }
      return statuses;
    }
  }

  /** {@code absolute} under the context root of the application at {@code base}. */
  public static String path(URL base, String absolute) {
    return base.getPath().replaceAll("/$", "") + absolute;
  }

  /**
   * Sends {@code raw} at once on a new connection and reads until the server closes it (or 5 s).
   */
  public static Exchange exchange(URL base, String raw) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(5_000);
      try {
        socket.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // the server answered and closed before the whole request was sent: read its answer
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      boolean closed = false;
      try {
        for (int n; (n = in.read(buffer)) != -1; ) {
          received.write(buffer, 0, n);
        }
        closed = true;
      } catch (SocketTimeoutException e) {
        closed = false;
      }
      return new Exchange(received.toString(StandardCharsets.UTF_8), closed);
    }
  }

  /** A request whose body is sent in chunks of 64 KiB, without a Content-Length. */
  public static String chunked(String method, String path, String type, String body) {
    StringBuilder raw =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: loket\r\nAuthorization: Basic ")
            .append(basic())
            .append("\r\nContent-Type: ")
            .append(type)
            .append("\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
    for (int i = 0; i < body.length(); i += 65_536) {
      String chunk = body.substring(i, Math.min(body.length(), i + 65_536));
      raw.append(Integer.toHexString(chunk.getBytes(StandardCharsets.UTF_8).length))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    }
    return raw.append("0\r\n\r\n").toString();
  }

  /** A JSON POST with its Content-Length. */
  public static String post(String path, String json) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: loket\r\nAuthorization: Basic "
        + basic()
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + json.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + json;
  }

  /** A GET that asks the server to close the connection after answering. */
  public static String get(String path) {
    return "GET "
        + path
        + " HTTP/1.1\r\nHost: loket\r\nAuthorization: Basic "
        + basic()
        + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
  }

  private static String basic() {
    return Base64.getEncoder()
        .encodeToString(("rina:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
