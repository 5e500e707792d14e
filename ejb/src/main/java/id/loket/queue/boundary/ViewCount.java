package id.loket.queue.boundary;

/** A view the caller may open, with its bounded count (for the queue page's side bar). */
public record ViewCount(String view, QueueCount count) {}
