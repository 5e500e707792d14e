package id.loket.platform.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
}
