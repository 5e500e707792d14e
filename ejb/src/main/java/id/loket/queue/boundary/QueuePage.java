package id.loket.queue.boundary;

import id.loket.queue.entity.QueueRow;
import java.util.List;

/**
 * One page of a queue: its rows, the cursor of the next page ({@code null} on the last) and the
 * view's bounded count.
 */
public record QueuePage(List<QueueRow> items, String next, QueueCount count) {
  public QueuePage {
    items = List.copyOf(items);
  }
}
