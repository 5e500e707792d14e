package id.loket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first thing every request meets, before authentication: refuses what Loket never serves and
 * gives every answer its security headers.
 *
 * <p><b>Request desync.</b> Grizzly (the HTTP engine of Payara) treats a {@code TRACE} as a request
 * that cannot have a body: it ignores its {@code Content-Length} and parses the body as the next
 * request on the connection. A {@code TRACE} carrying a {@code POST} was therefore answered 405 and
 * then the smuggled {@code POST} ran under the credentials it carried, its answer going to whoever
 * sent the next request on that connection (e.g. through a shared proxy). The listener therefore
 * passes {@code TRACE} on to the application ({@code trace-enabled=true} in the post-boot commands:
 * Payara's own refusal cannot close the connection), and this gate refuses it — and every method
 * Loket does not serve — with {@code Connection: close}, so that nothing after it on that
 * connection is ever read. A body larger than Loket accepts is refused the same way (413), before
 * anyone reads it.
 *
 * <p><b>Headers.</b> {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy}, {@code
 * X-Frame-Options: DENY} on every answer, {@code Cache-Control: no-store} on every answer but
 * static resources; anything that is not a page gets a Content-Security-Policy that allows nothing
 * to run ({@code default-src 'none'}). Pages get theirs from PrimeFaces, with a fresh script nonce
 * per response ({@code primefaces.CSP} in web.xml).
 */
public final class HttpEdge {

  /** The methods Loket serves; anything else never reaches authentication or the application. */
  static final List<String> SERVED = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS");

  /** Methods that are known to HTTP but refused everywhere here. */
  static final Set<String> REFUSED = Set.of("TRACE", "TRACK", "CONNECT");

  static final String ALLOW = String.join(", ", SERVED);

  /** For answers that are not pages (API, health, errors): nothing may run, nothing may frame. */
  static final String STRICT_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'none'";

  private HttpEdge() {}

  /** What to do with a request, decided from its method, path and declared length only. */
  enum Verdict {
    ADMIT,
    METHOD_NOT_ALLOWED,
    NOT_IMPLEMENTED,
    TOO_LARGE,
    LENGTH_REQUIRED
  }

  /**
   * @param contentLength the declared length, -1 if none
   * @param chunked whether a body of unknown length follows (Transfer-Encoding)
   * @param contentType the declared type of the body, or null
   */
  static Verdict judge(
      String method, long contentLength, boolean chunked, String contentType, long maxBody) {
    String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
    if (REFUSED.contains(m)) {
      return Verdict.METHOD_NOT_ALLOWED;
    }
    if (!SERVED.contains(m) || !m.equals(method)) {
      return Verdict.NOT_IMPLEMENTED;
    }
    if (contentLength > maxBody) {
      return Verdict.TOO_LARGE;
    }
    if (contentLength < 0 && chunked && isForm(contentType)) {
      return Verdict.LENGTH_REQUIRED; // browsers always send a form's length; see BodyLimit
    }
    return Verdict.ADMIT;
  }

  private static boolean isForm(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data");
  }

  /**
   * The largest body this request may have: uploads of attachments (a multipart POST to a ticket's
   * attachments in the API, or to a ticket page) get {@code maxUpload}; everything else {@code
   * maxBody}.
   */
  public static long limit(HttpServletRequest request, long maxBody, long maxUpload) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return isUpload(request.getMethod(), path, request.getContentType())
        ? Math.max(maxBody, maxUpload)
        : maxBody;
  }

  /** Whether a request carries attachments: the only bodies allowed to be larger. */
  static boolean isUpload(String method, String path, String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if ("POST".equals(method)
        && type.startsWith("message/rfc822")
        && path.equals("/api/admin/mail/ingest")) {
      return true; // a raw mail with its attachments, replayed by an administrator
    }
    if (!"POST".equals(method) || !type.startsWith("multipart/form-data")) {
      return false;
    }
    return path.matches("/api/tickets/[^/]+/attachments")
        || (path.startsWith("/tickets/") && path.endsWith(".xhtml"));
  }

  /** Style sheets, scripts and images: the same for everyone, so they stay cacheable. */
  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** Whether the path is a page (JSF view or the welcome page) whose CSP PrimeFaces writes. */
  static boolean isPage(String path) {
    return path.equals("/") || path.endsWith(".xhtml");
  }

  /**
   * Sets the security headers and refuses the request if it must be refused.
   *
   * @return {@code true} if the request may go on; {@code false} if it was answered here (and the
   *     connection will be closed)
   */
  public static boolean admit(
      HttpServletRequest request, HttpServletResponse response, long maxBody) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!isPage(path)) {
      response.setHeader("Content-Security-Policy", STRICT_POLICY);
    }
    if (!isStaticResource(path)) {
      // no browser, proxy or shared computer keeps a copy of a signed-in user's data
      response.setHeader("Cache-Control", "no-store");
    }
    Verdict verdict =
        judge(
            request.getMethod(),
            request.getContentLengthLong(),
            request.getHeader("Transfer-Encoding") != null,
            request.getContentType(),
            maxBody);
    return switch (verdict) {
      case ADMIT -> true;
      case METHOD_NOT_ALLOWED -> refuse(request, response, 405, path, maxBody);
      case NOT_IMPLEMENTED -> refuse(request, response, 501, path, maxBody);
      case TOO_LARGE -> refuse(request, response, 413, path, maxBody);
      case LENGTH_REQUIRED -> refuse(request, response, 411, path, maxBody);
    };
  }

  /**
   * Answers with {@code status} and closes the connection: whatever the client sent after this
   * request's headers is never read as a request.
   */
  private static boolean refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String path,
      long maxBody) {
    Locale locale = Languages.pick(request.getHeader("Accept-Language"));
    String key =
        switch (status) {
          case 413 -> "problem.too-large";
          case 411 -> "problem.length-required";
          default -> "problem.method";
        };
    String detail =
        switch (status) {
          case 413 -> Messages.get(locale, key, maxBody / 1024);
          case 411 -> Messages.get(locale, key);
          default -> Messages.get(locale, key, sanitize(request.getMethod()));
        };
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Connection", "close");
    if (status == 405 || status == 501) {
      response.setHeader("Allow", ALLOW);
    }
    boolean api = path.startsWith("/api/") || !acceptsHtml(request);
    if (api) {
      Problem.write(response, status, title(status), detail, key);
    } else {
      byte[] page =
          ErrorPage.html(locale, Messages.get(locale, "problem.refused.title"), detail)
              .getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      response.setContentLength(page.length);
      try {
        response.getOutputStream().write(page);
      } catch (IOException | IllegalStateException e) {
        // the client has gone; the connection closes anyway
      }
    }
    try {
      response.flushBuffer();
    } catch (IOException e) {
      // as above
    }
    return false;
  }

  private static boolean acceptsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static String title(int status) {
    return switch (status) {
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 411 -> "Length Required";
      default -> "Not Implemented";
    };
  }

  /** A method name as it may be shown: letters only, at most 20 of them. */
  static String sanitize(String method) {
    if (method == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (char c : method.toCharArray()) {
      if (b.length() == 20) {
        break;
      }
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
