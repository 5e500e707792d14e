package id.loket.notification.boundary;

import id.loket.notification.entity.Notification;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * In-app notifications that other features' consumers send (the SLA escalations), in the consumer's
 * transaction: its inbox row makes the sending happen once, and the unique (event, recipient) key
 * of the table keeps one notification per person and event. Local callers only.
 */
@Stateless
@PermitAll
public class Notifier {

  @PersistenceContext EntityManager em;

  /**
   * Tells each of {@code recipients} (duplicates and nulls left out) about {@code ticketNumber}.
   *
   * @return how many were told
   */
  public int notify(
      String eventId,
      Collection<String> recipients,
      String kind,
      String ticketNumber,
      String detail,
      Instant at) {
    int n = 0;
    for (String r : new LinkedHashSet<>(recipients)) {
      if (r == null || r.isBlank()) {
        continue;
      }
      em.persist(new Notification(eventId, r, kind, ticketNumber, detail, at));
      n++;
    }
    return n;
  }
}
