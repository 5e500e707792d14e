package id.loket.followup.control;

import id.loket.followup.entity.Escalation;
import id.loket.followup.entity.EscalationCase;
import id.loket.messaging.boundary.EventEnvelope;
import id.loket.messaging.boundary.Inbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts escalations on the managers' list. Idempotent by event id (the {@link Inbox} row and the
 * case commit together) and by escalation (one case each), so a redelivered or re-published event
 * changes nothing. SLA escalations also act ({@link EscalationActions}) in the same transaction.
 */
@Stateless
@PermitAll
public class EscalationRecorder {

  /** The inbox name of this consumer. */
  public static final String CONSUMER = "escalation-cases";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Inbox inbox;
  @Inject EscalationActions actions;

  /** Returns true if a case was recorded, false if the event was known or not for us. */
  public boolean record(EventEnvelope event) {
    if (!EscalationEvents.ESCALATED.equals(event.type())) {
      return false;
    }
    long escalationId;
    try {
      escalationId = event.data().getJsonNumber("escalationId").longValueExact();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "Event " + event.eventId() + " (" + event.type() + ") lacks escalationId", e);
    }
    String number = event.text("number");
    if (!inbox.firstTime(CONSUMER, event.eventId())) {
      return false;
    }
    Escalation escalation = em.find(Escalation.class, escalationId);
    if (escalation == null) {
      throw new IllegalStateException("No escalation " + escalationId + " for " + number);
    }
    boolean known =
        !em.createQuery("SELECT c.id FROM EscalationCase c WHERE c.escalationId = :e", Long.class)
            .setParameter("e", escalationId)
            .getResultList()
            .isEmpty();
    if (known) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(
        new EscalationCase(
            escalation,
            event.eventId(),
            number,
            event.data().getString("requester", escalation.getEscalatedBy()),
            event.data().getString("team", null),
            now));
    actions.act(event, escalation, number, now);
    return true;
  }
}
