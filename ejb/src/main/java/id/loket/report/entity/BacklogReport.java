package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * The backlog now and its flow over the window: open tickets (in scope and filters, whatever their
 * age) by age bucket and status, tickets created and resolved per day, and the reopen rate (status
 * changes to REOPENED in the window per ticket resolved in the window).
 */
public record BacklogReport(
    long open, List<AgeCount> ages, List<DayFlow> flow, long reopened, long resolved)
    implements Serializable {

  /** Age buckets, youngest first: under a day, 1–3 days, 3–7 days, 7–30 days, over 30 days. */
  public static final List<String> BUCKETS = List.of("D0_1", "D1_3", "D3_7", "D7_30", "D30_");

  public BacklogReport {
    ages = List.copyOf(ages);
    flow = List.copyOf(flow);
  }

  public Double reopenRate() {
    return SlaFigure.percent(reopened, resolved);
  }

  public long created() {
    return flow.stream().mapToLong(DayFlow::created).sum();
  }

  public long resolvedInFlow() {
    return flow.stream().mapToLong(DayFlow::resolved).sum();
  }
}
