package id.loket.workbench.boundary;

import java.time.Instant;

/**
 * One link as seen from a ticket: {@code role} is what the other ticket is to this one (RELATED,
 * PARENT or CHILD).
 */
public record LinkView(
    long id,
    String role,
    String number,
    String title,
    String status,
    String createdBy,
    Instant createdAt) {}
