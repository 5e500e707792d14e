package id.loket.mail.boundary;

import java.time.Instant;

/**
 * An outbound mail as an administrator sees it (without its body); {@code retryable}: FAILED, an
 * administrator may send it once more.
 */
public record OutboundMailView(
    long id,
    String kind,
    String ticketNumber,
    String recipient,
    String language,
    String subject,
    String messageId,
    String status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    boolean retryable) {}
