package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.LoadReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Load per agent and per team: open now, resolved in the window, average handling time. */
@Named
@ViewScoped
public class LoadReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The chart shows the agents with the most open tickets. */
  static final int CHART_AGENTS = 15;

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private LoadReport report;
  private String chart;

  /** f:viewAction */
  public void load() {
    report = filter.run(reports::load);
    if (report == null) {
      return;
    }
    List<AgentLoad> top = report.agents().stream().limit(CHART_AGENTS).toList();
    chart =
        ReportCharts.bar(
            top.stream().map(AgentLoad::agent).toList(),
            List.of(
                new ReportCharts.Series(
                    ReportTexts.text("report.load.open"),
                    ReportCharts.TEAL,
                    top.stream().map(AgentLoad::open).toList()),
                new ReportCharts.Series(
                    ReportTexts.text("report.load.resolved"),
                    ReportCharts.ORANGE,
                    top.stream().map(AgentLoad::resolved).toList())),
            false,
            true);
  }

  /** Minutes as "1 h 05 min", or a dash when no time was logged. */
  public String minutes(Double minutes) {
    if (minutes == null) {
      return "–";
    }
    long m = Math.round(minutes);
    return m >= 60 ? String.format("%d h %02d min", m / 60, m % 60) : m + " min";
  }

  public LoadReport getReport() {
    return report;
  }

  public String getChart() {
    return chart;
  }
}
