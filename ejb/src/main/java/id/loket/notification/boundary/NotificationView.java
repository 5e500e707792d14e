package id.loket.notification.boundary;

import java.time.Instant;

/**
 * A notification as its recipient reads it; {@code detail} is the new status of a status change or
 * the author of a reply (null otherwise).
 */
public record NotificationView(
    long id, String kind, String ticketNumber, String detail, Instant createdAt, boolean read) {}
