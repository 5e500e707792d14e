package id.loket.messaging.boundary;

import id.loket.messaging.entity.OutboxEvent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/**
 * Where a change writes its events: rows of {@code outbox_event}, in the caller's transaction
 * (mandatory), so that an event exists exactly when its change does. After the transaction commits,
 * the relay is nudged to publish at once; its sweep is the safety net.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

  private static final String NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry transaction;
  @EJB OutboxRelay relay;

  /**
   * Records an event about {@code aggregateType} {@code key}.
   *
   * @return the event id
   */
  public long append(String aggregateType, String key, String type, JsonObject data) {
    OutboxEvent event = new OutboxEvent(aggregateType, key, type, data.toString(), clock.instant());
    em.persist(event);
    event.identifyByRow();
    nudgeAfterCommit();
    return event.getEventId();
  }

  /** Publishes an earlier event again, under its own id (a retried dead letter). */
  public void republish(
      long eventId, String aggregateType, String key, String type, String payloadJson) {
    em.persist(
        OutboxEvent.republish(eventId, aggregateType, key, type, payloadJson, clock.instant()));
    nudgeAfterCommit();
  }

  private void nudgeAfterCommit() {
    if (transaction.getResource(NUDGE_REGISTERED) != null) {
      return;
    }
    transaction.putResource(NUDGE_REGISTERED, Boolean.TRUE);
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.nudge();
            }
          }
        });
  }
}
