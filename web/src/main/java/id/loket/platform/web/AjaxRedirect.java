package id.loket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a browser to another page from outside JSF (authentication, servlet filters). A JSF AJAX
 * request cannot follow a plain 302 — the AJAX call would swallow it — so it gets a
 * partial-response redirect, which the page's script follows; any other request gets the 302.
 */
public final class AjaxRedirect {

  private AjaxRedirect() {}

  public static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** Writes the partial-response redirect to {@code url} for a JSF AJAX request. */
  public static void partial(HttpServletResponse response, String url) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + ErrorPage.escape(url)
                + "\"/></partial-response>");
  }

  /** A partial-response redirect for a JSF AJAX request, a 302 for any other. */
  public static void to(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if (isAjax(request)) {
      partial(response, url);
    } else {
      response.sendRedirect(url);
    }
  }
}
