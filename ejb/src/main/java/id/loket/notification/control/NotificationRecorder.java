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
import java.util.ArrayList;
import java.util.List;

/**
 * Turns ticket events into notifications for the requester and the ticket's watchers: the ticket
 * was received, someone else replied publicly, someone else moved it to another status. Internal
 * notes and the requester's own doings notify nobody; nobody is told of what they did themselves.
 * Idempotent by event id: the {@link Inbox} row and the notification commit together, so a
 * redelivered or re-published event changes nothing.
 */
@Stateless
@PermitAll
public class NotificationRecorder {

  /** The inbox name of this consumer. */
  public static final String CONSUMER = "notification";

  public static final String TICKET_RECEIVED = "TICKET_RECEIVED";
  public static final String TICKET_REPLIED = "TICKET_REPLIED";
  public static final String TICKET_STATUS_CHANGED = "TICKET_STATUS_CHANGED";

  /** The events this consumer acts on (announced by the ticket feature). */
  static final String TICKET_CREATED = "TICKET_CREATED";

  static final String TICKET_COMMENTED = "TICKET_COMMENTED";
  static final String STATUS_CHANGED = "TICKET_STATUS_CHANGED";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB Inbox inbox;

  /** Returns true if a notification was stored, false if the event was known or not for us. */
  public boolean record(EventEnvelope event) {
    Notice notice = noticeOf(event);
    if (notice == null || !inbox.firstTime(CONSUMER, event.eventId())) {
      return false;
    }
    String number = event.text("number");
    String actor = actorOf(event);
    for (String recipient : followers(notice.recipient(), number)) {
      if (!recipient.equals(actor)) {
        em.persist(
            new Notification(
                Long.toString(event.eventId()),
                recipient,
                notice.kind(),
                number,
                notice.detail(),
                clock.instant()));
      }
    }
    return true;
  }

  /** Who caused the event (a reply's author, a move's actor), or null: they need no news of it. */
  private static String actorOf(EventEnvelope event) {
    if (event.data().get("author") instanceof jakarta.json.JsonString author) {
      return author.getString();
    }
    if (event.data().get("actor") instanceof jakarta.json.JsonString actor) {
      return actor.getString();
    }
    return null;
  }

  /**
   * Who gets a ticket's notifications: its requester and its watchers (read now, not from the
   * event: a watcher added since still hears of it).
   */
  List<String> followers(String requester, String number) {
    @SuppressWarnings("unchecked")
    List<String> watchers =
        em.createNativeQuery(
                "SELECT w.username FROM ticket_watcher w JOIN ticket t ON t.id = w.ticket_id"
                    + " WHERE t.number = ?1 ORDER BY w.username")
            .setParameter(1, number)
            .getResultList();
    List<String> all = new ArrayList<>();
    all.add(requester);
    watchers.stream().filter(w -> !w.equals(requester)).forEach(all::add);
    return all;
  }

  /** Who learns what from an event, or null when it is nobody's news. */
  static Notice noticeOf(EventEnvelope event) {
    String requester;
    switch (event.type()) {
      case TICKET_CREATED:
        return new Notice(event.text("requester"), TICKET_RECEIVED, null);
      case TICKET_COMMENTED:
        requester = event.text("requester");
        String author = event.text("author");
        if (!"PUBLIC".equals(event.text("visibility")) || requester.equals(author)) {
          return null;
        }
        return new Notice(requester, TICKET_REPLIED, author);
      case STATUS_CHANGED:
        requester = event.text("requester");
        if (event.data().get("actor") instanceof jakarta.json.JsonString actor
            && requester.equals(actor.getString())) {
          return null;
        }
        return new Notice(requester, TICKET_STATUS_CHANGED, event.text("status"));
      default:
        return null;
    }
  }

  /** A notification to store: for whom, of which kind, with which detail (may be null). */
  record Notice(String recipient, String kind, String detail) {}
}
