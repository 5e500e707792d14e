package id.loket.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code code} is Loket's stable message key (for clients that branch
 * on the kind of problem); {@code violations} lists bad fields.
 */
public record Problem(
    String type, String title, int status, String detail, String code, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record Violation(String field, String message) {}

  public static Response response(
      Response.StatusType status, String detail, String code, List<Violation> violations) {
    Problem problem =
        new Problem(
            "about:blank",
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            code,
            violations == null || violations.isEmpty() ? null : violations);
    return Response.status(status.getStatusCode())
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(problem)
        .build();
  }

  public static Response response(Response.StatusType status, String detail, String code) {
    return response(status, detail, code, null);
  }

  /**
   * Writes a problem where JAX-RS is not (yet) at work: the authentication mechanism and the HTTP
   * edge answer before any resource runs, in the same shape as the API's own problems.
   */
  public static void write(
      HttpServletResponse response, int status, String title, String detail, String code) {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    String json =
        "{\"type\":\"about:blank\",\"title\":\""
            + jsonEscape(title)
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + jsonEscape(detail)
            + "\",\"code\":\""
            + jsonEscape(code)
            + "\"}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    try {
      response.getOutputStream().write(bytes);
    } catch (IOException | IllegalStateException e) {
      // the client has gone; the status is set
    }
  }

  static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
