package id.loket.followup.boundary;

import java.time.Instant;

/**
 * An SLA escalation's case was acknowledged: told synchronously, in the acknowledging transaction,
 * so that the SLA clock stops its reminders together with the acknowledgement.
 */
public record EscalationAcknowledged(long ticketId, String target, String by, Instant at) {}
