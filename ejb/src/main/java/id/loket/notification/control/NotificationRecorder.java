package id.loket.notification.control;

import id.loket.notification.entity.Notification;
import id.loket.ticket.control.TicketEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Turns ticket events into notifications, idempotently per (event, recipient). */
@Stateless
@PermitAll
public class NotificationRecorder {

  public static final String TICKET_RECEIVED = "TICKET_RECEIVED";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Returns true if a notification was stored, false if this event was already recorded. */
  public boolean record(TicketEvent event) {
    if (!TicketEvent.CREATED.equals(event.type())) {
      return false;
    }
    long known =
        em.createQuery(
                "SELECT COUNT(n) FROM Notification n WHERE n.eventId = :e AND n.recipient = :r",
                Long.class)
            .setParameter("e", event.eventId())
            .setParameter("r", event.requester())
            .getSingleResult();
    if (known > 0) {
      return false;
    }
    em.persist(
        new Notification(
            event.eventId(),
            event.requester(),
            TICKET_RECEIVED,
            event.ticketNumber(),
            clock.instant()));
    return true;
  }
}
