package id.loket.report.entity;

import java.io.Serializable;

/**
 * One SLA target over a window: clocks met in the window ({@code completed}), of them in time
 * ({@code met}) and late ({@code late}), live clocks whose due instant passed inside the window
 * ({@code openOverdue}), the share met in time (null when none completed) and the average and 90th
 * percentile of the business time taken, in seconds (null when none is known).
 */
public record SlaFigure(
    long completed,
    long met,
    long late,
    long openOverdue,
    Double percentMet,
    Double averageSeconds,
    Double p90Seconds)
    implements Serializable {

  /** Late plus still open past due. */
  public long breaches() {
    return late + openOverdue;
  }

  public static Double percent(long part, long whole) {
    return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
  }
}
