package id.loket.routing.boundary;

import java.time.Instant;

/**
 * One routing decision of a ticket as staff read it.
 *
 * @param actor {@code system} for routing on create, else who asked to route again
 * @param rulePosition the position of the rule that matched, {@code null} if none did
 * @param text the trace in the reader's language, one line per step
 */
public record RoutingRecord(
    long id,
    Instant decidedAt,
    String actor,
    Integer rulePosition,
    String team,
    String assignee,
    String outcome,
    String text) {}
