package id.loket.followup.boundary;

/**
 * What the ticket page shows about follow-up: the rating (or {@code null}), the open escalation (or
 * {@code null}), and what the caller may do now.
 */
public record FollowUpState(
    SatisfactionView satisfaction,
    EscalationView openEscalation,
    boolean mayClose,
    boolean mayRate,
    boolean mayEscalate) {}
