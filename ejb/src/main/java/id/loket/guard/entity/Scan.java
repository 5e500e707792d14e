package id.loket.guard.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of scanning a text: the secrets found (in text order, never overlapping) and the text
 * with each of them masked.
 */
public record Scan(List<Finding> findings, String masked) {

  public Scan {
    findings = List.copyOf(findings);
  }

  public boolean clean() {
    return findings.isEmpty();
  }

  /**
   * The findings in text order with overlaps removed: of two overlapping findings the one that
   * starts first (and, at the same start, the longer) stays.
   */
  public static List<Finding> disjoint(List<Finding> found) {
    List<Finding> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::end).reversed()));
    List<Finding> kept = new ArrayList<>();
    for (Finding f : sorted) {
      if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(f)) {
        kept.add(f);
      }
    }
    return kept;
  }
}
