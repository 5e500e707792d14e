package id.loket.followup.boundary;

import java.time.Instant;

/** A line of the managers' escalation list. */
public record EscalationCaseView(
    long id,
    String ticketNumber,
    String requester,
    String reason,
    Instant escalatedAt,
    Instant recordedAt,
    String status) {}
