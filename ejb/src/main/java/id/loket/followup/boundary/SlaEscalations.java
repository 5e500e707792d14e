package id.loket.followup.boundary;

import id.loket.followup.control.EscalationEvents;
import id.loket.followup.entity.Escalation;
import id.loket.shared.Json;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records what the SLA sweeper escalates, in the sweeper's transaction: the escalation row (unique
 * per ticket, target, round, level and reminder: a second attempt fails the sweeper's batch, which
 * rolls back whole) and its event in the outbox, so both commit together or not at all. Local
 * callers only (no REST), hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class SlaEscalations {

  @PersistenceContext EntityManager em;
  @Inject EscalationEvents events;

  /**
   * One rung of a ticket's SLA ladder. {@code level} 1 warning, 2 breach, 3 the next management
   * level, 4 reminder number {@code reminder}; {@code escalationTeam} the policy's team a breach
   * moves the ticket to, or null.
   */
  public record Draft(
      long ticketId,
      String number,
      String requester,
      String team,
      String assignee,
      String target,
      int round,
      int level,
      int reminder,
      Instant dueAt,
      String escalationTeam,
      Instant at) {}

  /** Stores the escalation and its event; returns its id. */
  public long record(Draft d) {
    Escalation e =
        Escalation.sla(
            d.ticketId(), d.target(), d.round(), d.level(), d.reminder(), reason(d), "sla", d.at());
    em.persist(e); // the id comes from the sequence at persist; the insert goes at commit
    JsonObjectBuilder facts =
        Json.createObjectBuilder()
            .add("requester", d.requester())
            .add("target", d.target())
            .add("level", d.level())
            .add("reminder", d.reminder());
    if (d.team() != null) {
      facts.add("team", d.team());
    }
    if (d.assignee() != null) {
      facts.add("assignee", d.assignee());
    }
    if (d.escalationTeam() != null) {
      facts.add("escalationTeam", d.escalationTeam());
    }
    if (d.dueAt() != null) {
      facts.add("dueAt", d.dueAt().toString());
    }
    events.escalated(e, d.number(), facts.build());
    return e.getId();
  }

  /** A plain-English line for logs and exports; pages word it from the fields in their language. */
  static String reason(Draft d) {
    String what =
        switch (d.level()) {
          case 1 -> "warning";
          case 2 -> "breach";
          case 3 -> "second-level escalation";
          default -> "reminder " + d.reminder();
        };
    return d.target().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + what;
  }
}
