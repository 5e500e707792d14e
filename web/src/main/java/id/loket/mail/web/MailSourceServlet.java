package id.loket.mail.web;

import id.loket.mail.boundary.InboundMails;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import jakarta.ejb.EJBException;
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
 * The raw source of a received mail for the pages, signed in with the page session: {@code
 * /agent/mail-raw/{id}} downloads it as {@code mail-<id>.eml} ({@code message/rfc822}), as it
 * arrived (cut at the stored size). Staff only — the web constraint of {@code /agent/*} and {@link
 * InboundMails#raw} both say so; anything not there or not allowed is 404, which names nothing.
 * Served like an attachment (no script, no sniffing), so that nothing in a mail can run in Loket's
 * origin.
 */
@WebServlet(urlPatterns = "/agent/mail-raw/*")
public class MailSourceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

  /** Nothing in a served mail may run, load anything, or act as Loket's own page. */
  static final String POLICY = "default-src 'none'; sandbox";

  @Inject transient InboundMails mails;
  @Inject transient LocaleSelector locale;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!m.matches()) {
      notFound(response);
      return;
    }
    InboundMails.RawSource source;
    try {
      source = mails.raw(Long.parseLong(m.group(1)));
    } catch (RuntimeException e) { // not there (DomainException), not allowed (EJBAccessException)
      if (!(e instanceof EJBException) && !(e instanceof DomainException)) {
        throw e;
      }
      notFound(response);
      return;
    }
    response.setHeader("Content-Disposition", "attachment; filename=\"" + source.fileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Loket-Raw-Truncated", String.valueOf(source.truncated()));
    response.setContentType("message/rfc822");
    response.setContentLength(source.content().length);
    response.getOutputStream().write(source.content());
  }

  private void notFound(HttpServletResponse response) throws IOException {
    byte[] body =
        Messages.get(locale.getLocale(), "mail.not-found.page").getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
