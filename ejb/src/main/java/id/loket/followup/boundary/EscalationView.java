package id.loket.followup.boundary;

import java.time.Instant;

/** An escalation of a ticket: who, why, when, and whether it is still open. */
public record EscalationView(
    long id,
    String ticketNumber,
    String escalatedBy,
    String reason,
    Instant escalatedAt,
    boolean open) {}
