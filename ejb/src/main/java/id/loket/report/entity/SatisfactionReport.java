package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * Ratings given in a window: how many, their average (CSAT, 1 to 5; null when none) and the count
 * of each rating (keys "1" to "5", all present).
 */
public record SatisfactionReport(long ratings, Double average, List<Count> distribution)
    implements Serializable {
  public SatisfactionReport {
    distribution = List.copyOf(distribution);
  }
}
