package id.loket.followup.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A line of the escalation list: {@code cause} REQUESTER ("not satisfied") or SLA; for SLA the
 * {@code target}, {@code level} (1 warning, 2 breach, 3 next management level, 4 reminder) and
 * reminder number; {@code status} OPEN, ACKNOWLEDGED or CLOSED, with who acknowledged it and their
 * note.
 */
public record EscalationCaseView(
    long id,
    String ticketNumber,
    String requester,
    String reason,
    Instant escalatedAt,
    Instant recordedAt,
    String status,
    String cause,
    @JsonbNillable String target,
    @JsonbNillable Integer level,
    @JsonbNillable Integer reminder,
    @JsonbNillable String team,
    @JsonbNillable Instant acknowledgedAt,
    @JsonbNillable String acknowledgedBy,
    @JsonbNillable String ackNote,
    long version) {}
