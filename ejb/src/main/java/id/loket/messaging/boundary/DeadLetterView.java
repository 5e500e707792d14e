package id.loket.messaging.boundary;

import java.time.Instant;

/** A dead letter as an administrator sees it. */
public record DeadLetterView(
    long id,
    String consumer,
    String destination,
    Long eventId,
    String eventType,
    String body,
    String error,
    int attempts,
    Instant failedAt,
    Instant retriedAt,
    String retriedBy,
    boolean retryable,
    long version) {}
