package id.loket.report.web.pdf;

import id.loket.identity.entity.Roles;
import id.loket.platform.web.DisplayPreferences;
import id.loket.platform.web.Languages;
import id.loket.platform.web.Messages;
import id.loket.report.api.ReportQuery;
import id.loket.report.boundary.Reports;
import id.loket.report.entity.ReportFilter;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A report as PDF for the pages, signed in with the page session: {@code
 * /manager/report.pdf?report=sla&from=2026-03-01&to=2026-03-31&team=network} (report: dashboard,
 * escalations, sla, backlog, satisfaction or load; the filters as in the API). Team leads (their
 * teams), managers and administrators only: the web constraint of {@code /manager/*}, this servlet
 * and {@link Reports} all say so. In the reader's language (their stored choice, else the
 * browser's). Bad parameters are a 400 in plain text saying which and why; a team outside a lead's
 * teams is a 403.
 */
@WebServlet(urlPatterns = "/manager/report.pdf")
public class ReportPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** At most this many rows of the lists (oldest open tickets, low ratings) in a PDF. */
  static final int LIST_ROWS = 50;

  @Inject transient Reports reports;
  @Inject transient DisplayPreferences preferences;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = locale(request);
    if (!Roles.isOverseer(request::isUserInRole)) {
      plain(
          response, HttpServletResponse.SC_FORBIDDEN, Messages.get(locale, "report.pdf.forbidden"));
      return;
    }
    String name = Optional.ofNullable(request.getParameter("report")).orElse("dashboard").strip();
    Optional<ReportKind> kind = ReportKind.of(name);
    if (kind.isEmpty()) {
      plain(response, 400, Messages.get(locale, "report.pdf.param.report", abbreviate(name)));
      return;
    }
    byte[] pdf;
    ReportFilter filter;
    try {
      filter = ReportQuery.of(request::getParameter).filter(reports.defaults());
      pdf = render(kind.get(), filter, locale, request.getUserPrincipal().getName());
    } catch (RuntimeException e) {
      refuse(response, e, locale);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "inline; filename=\"" + fileName(kind.get(), filter) + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private byte[] render(ReportKind kind, ReportFilter filter, Locale locale, String user) {
    ReportPdf pdf = new ReportPdf(new PdfTexts(locale, reports.zone()), Instant.now(), user);
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    switch (kind) {
      case DASHBOARD -> pdf.dashboard(filter, reports.dashboard(filter), out);
      case ESCALATIONS -> pdf.escalations(filter, reports.escalations(filter), out);
      case SLA -> pdf.sla(filter, reports.sla(filter), out);
      case BACKLOG ->
          pdf.backlog(
              filter,
              reports.backlog(filter),
              reports.oldest(filter, null, LIST_ROWS).items(),
              out);
      case SATISFACTION ->
          pdf.satisfaction(
              filter,
              reports.satisfaction(filter),
              reports.lowRatings(filter, null, LIST_ROWS).items(),
              out);
      case LOAD -> pdf.load(filter, reports.load(filter), out);
    }
    return out.toByteArray();
  }

  /** What the caller did wrong, in their language: 400 for parameters, 403 for a team. */
  private static void refuse(HttpServletResponse response, RuntimeException thrown, Locale locale)
      throws IOException {
    Throwable e = thrown;
    while (e instanceof EJBException && !forbidden(e) && e.getCause() != null) {
      e = e.getCause();
    }
    if (forbidden(e)) {
      plain(response, 403, Messages.get(locale, "report.pdf.forbidden"));
    } else if (e instanceof InvalidFieldException invalid) {
      String detail =
          invalid.fields().stream()
              .map(f -> f.name() + ": " + Messages.get(locale, f.messageKey(), f.args().toArray()))
              .collect(Collectors.joining("\n"));
      plain(response, 400, Messages.get(locale, "report.pdf.invalid") + "\n" + detail);
    } else if (e instanceof DomainException d) {
      int status =
          d.kind() == DomainException.Kind.FORBIDDEN
              ? 403
              : d.kind() == DomainException.Kind.NOT_FOUND ? 404 : 400;
      plain(response, status, Messages.of(d, locale));
    } else {
      throw thrown;
    }
  }

  private static boolean forbidden(Throwable e) {
    return e instanceof EJBAccessException || e instanceof AccessLocalException;
  }

  /** The reader's stored language, else the browser's. */
  private Locale locale(HttpServletRequest request) {
    try {
      Optional<Locale> stored = preferences.locale();
      if (stored.isPresent()) {
        return Languages.pick(stored.get().getLanguage());
      }
    } catch (RuntimeException e) {
      // no stored choice readable: the browser's language
    }
    return Languages.pick(request.getHeader("Accept-Language"));
  }

  static String fileName(ReportKind kind, ReportFilter filter) {
    LocalDate from = filter.from();
    LocalDate to = filter.to();
    return "loket-" + kind.parameter() + "-" + from + "-" + to + ".pdf";
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  private static void plain(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
