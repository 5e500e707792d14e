package id.loket.shared;

import java.util.List;

/**
 * One page of a list read with a keyset: the items, and the cursor of the next (older) page, or
 * {@code null} if this is the last one. Cursors are opaque to callers.
 */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }
}
