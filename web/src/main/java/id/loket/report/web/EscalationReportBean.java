package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.Count;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.ReportFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The escalation report: figures by level, cause, team, category and priority, the weekly chart,
 * repeat requesters and services, and the escalations themselves (of one level with {@code
 * ?level=}, as the dashboard's drill-down asks), each leading to its ticket and timeline.
 */
@Named
@ViewScoped
public class EscalationReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private String level;
  private EscalationReport report;
  private KeysetModel<EscalationRow> rows;
  private String chart;

  /** f:viewAction */
  public void load() {
    report =
        filter.run(
            f -> {
              EscalationReport r = reports.escalations(f);
              // checks the level too (an unknown one is named next to the filter)
              reports.escalationRows(f, level, null, 1);
              return r;
            });
    if (report == null) {
      return;
    }
    ReportFilter f = filter.getFilter();
    String chosen = level;
    rows =
        new KeysetModel<>(
            (cursor, limit) -> reports.escalationRows(f, chosen, cursor, limit),
            r -> Long.toString(r.id()));
    chart =
        ReportCharts.escalationsPerWeek(
            report.perWeek(),
            ReportCharts.weeks(f.from(), f.to()),
            ReportTexts::week,
            ReportTexts::level);
  }

  /** How many escalations the list holds: all of the window, or those of the chosen level. */
  public long getListed() {
    if (report == null) {
      return 0;
    }
    if (level == null) {
      return report.total();
    }
    return report.byLevel().stream().filter(c -> c.key().equals(level)).mapToLong(Count::n).sum();
  }

  public EscalationReport getReport() {
    return report;
  }

  public KeysetModel<EscalationRow> getRows() {
    return rows;
  }

  public String getChart() {
    return chart;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level == null || level.isBlank() ? null : level.strip();
  }
}
