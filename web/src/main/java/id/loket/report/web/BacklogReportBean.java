package id.loket.report.web;

import id.loket.report.boundary.Reports;
import id.loket.report.entity.AgeCount;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.ReportFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The backlog: open tickets by age and status, inflow and outflow per day, the reopen rate, and the
 * oldest open tickets.
 */
@Named
@ViewScoped
public class BacklogReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Colours of the statuses on the age chart, cycled. */
  private static final List<String> COLOURS =
      List.of("#0f766e", "#0369a1", "#f59e0b", "#7c3aed", "#dc2626", "#64748b");

  @Inject transient Reports reports;
  @Inject ReportFilterBean filter;

  private BacklogReport report;
  private KeysetModel<OldestRow> oldest;
  private String flowChart;
  private String ageChart;

  /** f:viewAction */
  public void load() {
    report = filter.run(reports::backlog);
    if (report == null) {
      return;
    }
    ReportFilter f = filter.getFilter();
    oldest =
        new KeysetModel<>(
            (cursor, limit) -> reports.oldest(f, cursor, limit), r -> Long.toString(r.id()));
    flowChart =
        ReportCharts.flow(
            report.flow(),
            f.from(),
            f.to(),
            ReportTexts::day,
            ReportTexts.text("report.series.created"),
            ReportTexts.text("report.series.resolved"));
    List<String> statuses = report.ages().stream().map(AgeCount::status).distinct().toList();
    List<ReportCharts.Series> sets = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      String status = statuses.get(i);
      sets.add(
          new ReportCharts.Series(
              ReportTexts.text("status." + status),
              COLOURS.get(i % COLOURS.size()),
              BacklogReport.BUCKETS.stream().map(b -> count(b, status)).toList()));
    }
    ageChart =
        ReportCharts.bar(
            BacklogReport.BUCKETS.stream()
                .map(b -> ReportTexts.text("report.bucket." + b))
                .toList(),
            sets,
            true,
            false);
  }

  private long count(String bucket, String status) {
    return report.ages().stream()
        .filter(a -> a.bucket().equals(bucket) && a.status().equals(status))
        .mapToLong(AgeCount::n)
        .sum();
  }

  public BacklogReport getReport() {
    return report;
  }

  public KeysetModel<OldestRow> getOldest() {
    return oldest;
  }

  public String getFlowChart() {
    return flowChart;
  }

  public String getAgeChart() {
    return ageChart;
  }
}
