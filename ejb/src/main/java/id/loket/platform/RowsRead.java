package id.loket.platform;

/**
 * How many rows the persistence unit read on the current thread, so that a response can say how
 * much it read ({@code loket.diagnostics.rows-read-header}): a page of a ticket with 2,000 history
 * rows must read a page, not the history. Counted by {@link RowsReadListener}.
 */
public final class RowsRead {

  private static final ThreadLocal<long[]> ROWS = ThreadLocal.withInitial(() -> new long[1]);

  private RowsRead() {}

  /** Starts counting from zero on this thread (a new request). */
  public static void reset() {
    ROWS.get()[0] = 0;
  }

  /**
   * @return the rows read on this thread since the last {@link #reset()}
   */
  public static long count() {
    return ROWS.get()[0];
  }

  static void add(long rows) {
    ROWS.get()[0] += rows;
  }
}
