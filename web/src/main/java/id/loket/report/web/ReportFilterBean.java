package id.loket.report.web;

import id.loket.platform.web.FacesErrors;
import id.loket.report.boundary.Reports;
import id.loket.report.entity.ReportFilter;
import id.loket.shared.InvalidFieldException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The filter bar shared by the report pages: the view parameters ({@code from} … {@code channel}),
 * the filter they make, the links that carry it (other reports, the PDF) and the filter bar's
 * fields. "Apply" leads to the page's own address with the new parameters, so a link or a bookmark
 * shows the same view again.
 */
@Named("reportFilter")
@ViewScoped
public class ReportFilterBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The id of the filter bar's form. */
  static final String FORM = "filterForm";

  /** The inputs of the filter bar, named like the filter's fields. */
  static final List<String> FIELDS =
      List.of("from", "to", "team", "agent", "category", "requestType", "priority", "channel");

  @Inject transient Reports reports;

  private final ReportParams query = new ReportParams();
  private ReportFilter filter;
  private List<String> teams;

  /**
   * Runs {@code report} on the filter of the address; a refused filter (a date that is no date, a
   * reversed or too long window, an unknown code, a team not the reader's) leaves {@code null} and
   * says why next to the field of the filter bar.
   */
  public <T> T run(Function<ReportFilter, T> report) {
    var badDate = query.badDate();
    if (badDate.isPresent()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          FORM + ":" + badDate.get(),
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, ReportTexts.text("report.filter.date"), null));
      faces.validationFailed();
      return null;
    }
    try {
      filter = query.filter(reports.defaults());
      return report.apply(filter);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause instanceof EJBException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof InvalidFieldException invalid && !invalid.fields().isEmpty()) {
        show(invalid);
      } else {
        FacesErrors.show(e, FORM);
      }
      return null;
    }
  }

  /**
   * Puts each refused field's message at its input of the filter bar (by client id: a view action
   * runs before the page's components are built, so they cannot be looked up yet); a field the bar
   * does not have (the escalation level) gets a message of the page.
   */
  private static void show(InvalidFieldException invalid) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidFieldException.Field f : invalid.fields()) {
      faces.addMessage(
          FIELDS.contains(f.name()) ? FORM + ":" + f.name() : null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              ReportTexts.text(f.messageKey(), f.args().toArray()),
              null));
    }
    faces.validationFailed();
  }

  /** The filter bar's "Apply": the same page again, with the filter in its address. */
  public String apply() {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  /** The filter in force (the default window until a report has run). */
  public ReportFilter getFilter() {
    if (filter == null) {
      filter = query.badDate().isPresent() ? reports.defaults() : query.filter(reports.defaults());
    }
    return filter;
  }

  /** The query string of the filter in force, for links to the other reports. */
  public String getQueryString() {
    return ReportParams.of(getFilter());
  }

  /** The address of the PDF of {@code report} (served by {@code /manager/report.pdf}). */
  public String pdf(String report) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/manager/report.pdf?"
        + ReportParams.of(getFilter(), "report", report);
  }

  /** The address of report page {@code page} (e.g. {@code report-sla}) with the filter in force. */
  public String link(String page) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/manager/"
        + page
        + ".xhtml?"
        + getQueryString();
  }

  /** The team codes the reader may choose. */
  public List<String> getTeams() {
    if (teams == null) {
      teams = reports.teams();
    }
    return teams;
  }

  public List<String> getPriorities() {
    return List.of("P1", "P2", "P3", "P4");
  }

  public List<String> getChannels() {
    return List.of("PORTAL", "PHONE", "API", "EMAIL");
  }

  /** The window's first day as the date picker shows it. */
  public LocalDate getFromDate() {
    return getFilter().from();
  }

  public void setFromDate(LocalDate day) {
    query.set("from", day == null ? null : day.toString());
  }

  public LocalDate getToDate() {
    return getFilter().to();
  }

  public void setToDate(LocalDate day) {
    query.set("to", day == null ? null : day.toString());
  }

  /** The view parameters and the filter bar's text fields ({@code #{reportFilter.query.team}}). */
  public ReportParams getQuery() {
    return query;
  }
}
