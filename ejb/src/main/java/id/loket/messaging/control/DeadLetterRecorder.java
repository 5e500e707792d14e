package id.loket.messaging.control;

import id.loket.messaging.entity.DeadLetter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores a dead letter in a transaction of its own, whatever happened to the consumer's. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeadLetterRecorder {

  @PersistenceContext EntityManager em;

  public void record(DeadLetter letter) {
    em.persist(letter);
  }
}
