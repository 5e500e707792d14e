package id.loket.queue.boundary;

/**
 * How many tickets a view holds, read without scanning the table: at most {@code value}; {@code
 * capped} when there are more (shown as "1000+").
 */
public record QueueCount(long value, boolean capped) {
  static QueueCount of(long counted, int cap) {
    return counted > cap ? new QueueCount(cap, true) : new QueueCount(counted, false);
  }
}
