package id.loket.attachment.web;

import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.boundary.Download;
import id.loket.attachment.control.FileNames;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attachments for the pages, signed in with the page session: {@code /files/{id}} (the file) and
 * {@code /files/{id}/thumbnail} (the preview of a picture). The same rules as the API's {@code
 * /api/attachments/{id}}: {@link Attachments} decides who may see what; anyone else gets 404, which
 * names nothing. Served so that nothing in a file can run in Loket's origin.
 */
@WebServlet(urlPatterns = "/files/*")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})(/thumbnail)?");

  /** Nothing in a served file may run, load anything, or act as Loket's own page. */
  public static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  @Inject transient Attachments attachments;
  @Inject transient LocaleSelector locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      notFound(response);
      return;
    }
    long id = Long.parseLong(m.group(1));
    Download file;
    try {
      file = m.group(2) == null ? attachments.content(id) : attachments.thumbnail(id);
    } catch (DomainException e) {
      notFound(response);
      return;
    }
    headers(response, file);
    response.setContentType(file.mediaType());
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }

  /** The headers of a served file (also used by the API). */
  public static void headers(HttpServletResponse response, Download file) {
    response.setHeader(
        "Content-Disposition", FileNames.contentDisposition(file.name(), file.inline()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Security-Policy", POLICY);
  }

  private void notFound(HttpServletResponse response) throws IOException {
    byte[] body =
        Messages.get(locale.getLocale(), "attachment.notfound").getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
