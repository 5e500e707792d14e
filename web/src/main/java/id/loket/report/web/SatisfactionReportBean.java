package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.Count;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Satisfaction: CSAT, the count of each rating, and the low ratings with their comments. */
@Named
@ViewScoped
public class SatisfactionReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private SatisfactionReport report;
  private KeysetModel<RatingRow> lowRatings;
  private String chart;

  /** f:viewAction */
  public void load() {
    report = filter.run(reports::satisfaction);
    if (report == null) {
      return;
    }
    ReportFilter f = filter.getFilter();
    lowRatings =
        new KeysetModel<>(
            (cursor, limit) -> reports.lowRatings(f, cursor, limit), r -> Long.toString(r.id()));
    chart =
        ReportCharts.bar(
            report.distribution().stream().map(c -> "★ " + c.key()).toList(),
            List.of(
                new ReportCharts.Series(
                    ReportTexts.text("report.satisfaction.ratings"),
                    ReportCharts.TEAL,
                    report.distribution().stream().map(Count::n).toList())),
            false,
            false);
  }

  public SatisfactionReport getReport() {
    return report;
  }

  public KeysetModel<RatingRow> getLowRatings() {
    return lowRatings;
  }

  public String getChart() {
    return chart;
  }
}
