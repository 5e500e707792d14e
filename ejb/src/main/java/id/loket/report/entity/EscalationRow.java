package id.loket.report.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One escalation of the report's list, newest first: when, which ticket (drill down to it and its
 * escalation timeline), its team, category and priority, the level key (see {@link
 * EscalationReport}), the SLA target if any, and the state of its case ({@code OPEN} also while the
 * case is not recorded yet, {@code ACKNOWLEDGED}, {@code CLOSED}).
 */
public record EscalationRow(
    long id,
    Instant escalatedAt,
    String ticketNumber,
    String title,
    String requester,
    String team,
    String category,
    String priority,
    String level,
    String target,
    String status,
    Instant acknowledgedAt)
    implements Serializable {}
