package id.loket.messaging.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What each consumer has already acted on. A consumer asks {@link #firstTime} in the transaction of
 * its effect: the row and the effect commit together, so a redelivered or re-published event finds
 * its row and is skipped. Two deliveries racing on two nodes meet at the primary key: the second
 * waits for the first and then finds the row.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Inbox {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * @return true if {@code consumer} has not acted on {@code eventId} before (and now has)
   */
  public boolean firstTime(String consumer, long eventId) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO consumed_event (consumer, event_id, consumed_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .executeUpdate();
    return inserted == 1;
  }
}
