package id.loket.queue.entity;

import id.loket.shared.InvalidFieldException;
import java.util.Locale;

/**
 * The orders a queue can be read in, each matched by a partial index per scope (V12): the key
 * columns of the keyset, their direction, and how many values (besides the id) a cursor carries.
 */
public enum QueueSort {
  /** Due instant first; tickets without one last. */
  DUE("COALESCE(t.resolution_due_at, 'infinity'::timestamptz)", null, true),
  /** P1 first, oldest first within a priority. */
  PRIORITY("t.priority", "t.created_at", true),
  /** Oldest first. */
  AGE("t.created_at", null, true),
  /** Most recently updated first. */
  UPDATED("t.updated_at", null, false);

  private final String first;
  private final String second;
  private final boolean ascending;

  QueueSort(String first, String second, boolean ascending) {
    this.first = first;
    this.second = second;
    this.ascending = ascending;
  }

  /** The SQL of the first key (over alias {@code t}); fixed text, never input. */
  public String first() {
    return first;
  }

  /** The SQL of the second key, or {@code null} when the id follows the first directly. */
  public String second() {
    return second;
  }

  public boolean ascending() {
    return ascending;
  }

  /** The key columns with the id, as SQL: {@code (k1[, k2], t.id)}. */
  public String row() {
    return "(" + first + (second == null ? "" : ", " + second) + ", t.id)";
  }

  /** The ORDER BY list, every key in the sort's direction (matches the index). */
  public String orderBy() {
    String dir = ascending ? " ASC" : " DESC";
    return first + dir + (second == null ? "" : ", " + second + dir) + ", t.id" + dir;
  }

  /** The ORDER BY list over a derived table's output columns {@code k1[, k2], id}. */
  public String outerOrderBy() {
    String dir = ascending ? " ASC" : " DESC";
    return "k1" + dir + (second == null ? "" : ", k2" + dir) + ", id" + dir;
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param slug {@code due}, {@code priority}, {@code age} or {@code updated}; null or blank for
   *     {@code fallback}
   * @throws InvalidFieldException naming {@code sort} otherwise
   */
  public static QueueSort of(String slug, QueueSort fallback) {
    if (slug == null || slug.isBlank()) {
      return fallback;
    }
    for (QueueSort s : values()) {
      if (s.slug().equalsIgnoreCase(slug.strip())) {
        return s;
      }
    }
    throw new InvalidFieldException("sort", "queue.sort.invalid", slug);
  }
}
