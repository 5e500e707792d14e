package id.loket.queue.boundary;

import java.util.List;

/**
 * A bulk action on selected rows: {@code ASSIGN} (to {@code assignee}) or {@code STATUS} (to {@code
 * status}); each item names a ticket and the version the caller's row showed.
 */
public record BulkRequest(String action, String assignee, String status, List<Item> items) {

  public BulkRequest {
    items = items == null ? null : List.copyOf(items);
  }

  /** A selected row: its ticket number and the version shown. */
  public record Item(String number, Long version) {}
}
