package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** SLA compliance: first response and resolution figures and the weekly trend. */
@Named
@ViewScoped
public class SlaReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private SlaReport report;
  private String chart;

  /** One row of the figures table: the target's name and its figure. */
  public record Row(String target, SlaFigure figure) implements Serializable {}

  /** f:viewAction */
  public void load() {
    report = filter.run(reports::sla);
    if (report != null) {
      chart =
          ReportCharts.slaPerWeek(
              report.weeks(),
              ReportTexts::week,
              ReportTexts.text("sla.target.FIRST_RESPONSE"),
              ReportTexts.text("sla.target.RESOLUTION"));
    }
  }

  public List<Row> getRows() {
    return report == null
        ? List.of()
        : List.of(
            new Row("FIRST_RESPONSE", report.firstResponse()),
            new Row("RESOLUTION", report.resolution()));
  }

  /** Seconds of business time as hours and minutes ("3 h 05 min"), or a dash. */
  public String duration(Double seconds) {
    if (seconds == null) {
      return "–";
    }
    long minutes = Math.round(seconds / 60);
    return minutes >= 60
        ? String.format("%d h %02d min", minutes / 60, minutes % 60)
        : minutes + " min";
  }

  public SlaReport getReport() {
    return report;
  }

  public String getChart() {
    return chart;
  }
}
