package id.loket.notification.control;

import id.loket.messaging.boundary.EventEnvelope;
import id.loket.messaging.boundary.Inbox;
import id.loket.notification.entity.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Turns ticket events into notifications. Idempotent by event id: the {@link Inbox} row and the
 * notification commit together, so a redelivered or re-published event changes nothing.
 */
@Stateless
@PermitAll
public class NotificationRecorder {

  /** The inbox name of this consumer. */
  public static final String CONSUMER = "notification";

  public static final String TICKET_RECEIVED = "TICKET_RECEIVED";

  /** The event this consumer acts on (announced by the ticket feature). */
  static final String TICKET_CREATED = "TICKET_CREATED";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Inbox inbox;

  /** Returns true if a notification was stored, false if the event was known or not for us. */
  public boolean record(EventEnvelope event) {
    if (!TICKET_CREATED.equals(event.type())) {
      return false;
    }
    String requester = event.text("requester");
    String number = event.text("number");
    if (!inbox.firstTime(CONSUMER, event.eventId())) {
      return false;
    }
    em.persist(
        new Notification(
            Long.toString(event.eventId()), requester, TICKET_RECEIVED, number, clock.instant()));
    return true;
  }
}
