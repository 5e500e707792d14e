package id.loket.notification.boundary;

import java.time.Instant;

/** A notification as its recipient reads it. */
public record NotificationView(String kind, String ticketNumber, Instant createdAt, boolean read) {}
