package id.loket.queue.entity;

import java.time.Instant;
import java.util.List;

/**
 * Which open tickets a queue read covers: the union of its branches (each one range of a V12 index:
 * one team, one assignee, or everything), each narrowed by the view's own condition.
 *
 * @param branches the parts of the union; empty means the view is empty for this viewer
 * @param unassignedOnly only tickets without an assignee
 * @param waitingOnly only tickets waiting for the requester or a third party
 * @param dueBefore only tickets due before this instant, or {@code null}
 */
public record QueueScope(
    List<Branch> branches, boolean unassignedOnly, boolean waitingOnly, Instant dueBefore) {

  public QueueScope {
    branches = List.copyOf(branches);
  }

  /** One indexed slice of the open tickets. */
  public record Branch(Column column, String value) {
    public static final Branch EVERYTHING = new Branch(Column.NONE, null);

    public static Branch team(String code) {
      return new Branch(Column.TEAM, code);
    }

    public static Branch assignee(String username) {
      return new Branch(Column.ASSIGNEE, username);
    }
  }

  /** The scope column of a branch (fixed SQL). */
  public enum Column {
    TEAM("t.team"),
    ASSIGNEE("t.assignee"),
    NONE(null);

    private final String sql;

    Column(String sql) {
      this.sql = sql;
    }

    public String sql() {
      return sql;
    }
  }
}
