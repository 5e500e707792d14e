package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.ReportFilter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.ItemSelectEvent;

/**
 * The managers' dashboard: the tiles of the window and three charts. A bar of the escalation chart
 * leads to the escalation report of that week (within the window) and level.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private Dashboard dashboard;
  private List<LocalDate> weeks = List.of();
  private String escalationChart;
  private String flowChart;
  private String slaChart;

  /** f:viewAction */
  public void load() {
    dashboard = filter.run(reports::dashboard);
    if (dashboard == null) {
      return;
    }
    ReportFilter f = filter.getFilter();
    weeks = ReportCharts.weeks(f.from(), f.to());
    escalationChart =
        ReportCharts.escalationsPerWeek(
            dashboard.escalationsPerWeek(), weeks, ReportTexts::week, ReportTexts::level);
    flowChart =
        ReportCharts.flow(
            dashboard.flow(),
            f.from(),
            f.to(),
            ReportTexts::day,
            ReportTexts.text("report.series.created"),
            ReportTexts.text("report.series.resolved"));
    slaChart =
        ReportCharts.slaPerWeek(
            dashboard.slaWeeks(),
            ReportTexts::week,
            ReportTexts.text("sla.target.FIRST_RESPONSE"),
            ReportTexts.text("sla.target.RESOLUTION"));
  }

  /** A bar of the escalation chart: its week (item) and level (data set). */
  public void drill(ItemSelectEvent event) throws IOException {
    int week = event.getItemIndex();
    int level = event.getDataSetIndex();
    if (week < 0 || week >= weeks.size() || level < 0 || level >= EscalationReport.LEVELS.size()) {
      return;
    }
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(
            drillDown(filter.getFilter(), weeks.get(week), EscalationReport.LEVELS.get(level)));
  }

  /** The escalation report of one week's bar: the week within the window, one level. */
  String drillDown(ReportFilter f, LocalDate monday, String level) {
    LocalDate first = monday.isBefore(f.from()) ? f.from() : monday;
    LocalDate last = monday.plusDays(6).isAfter(f.to()) ? f.to() : monday.plusDays(6);
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/manager/report-escalations.xhtml?"
        + ReportParams.of(f.withWindow(first, last), "level", level);
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public String getEscalationChart() {
    return escalationChart;
  }

  public String getFlowChart() {
    return flowChart;
  }

  public String getSlaChart() {
    return slaChart;
  }
}
