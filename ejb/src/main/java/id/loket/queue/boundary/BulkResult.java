package id.loket.queue.boundary;

import java.util.List;

/**
 * What a bulk action did, row by row: {@code DONE} (with the ticket's new version), {@code STALE}
 * (someone changed it since the caller's version: nothing done, {@code version} is the current
 * one), {@code REFUSED} (a rule of the ticket said no, e.g. a move its status does not allow),
 * {@code NOT_FOUND} (no such ticket in the caller's queues).
 */
public record BulkResult(List<Row> items) {
  public BulkResult {
    items = List.copyOf(items);
  }

  /** The outcome for one row; {@code problem} is the message key of a refusal, else null. */
  public record Row(String number, String outcome, Long version, String problem) {}
}
