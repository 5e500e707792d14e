package id.loket.ticket.control;

import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds a ticket by its number for the ticket feature's boundaries. Who may see it is decided by
 * the boundary that asks (staff only, or requester and watchers too); the version check the
 * caller's write was based on is the aggregate's own ({@link Ticket#requireVersion}).
 */
@Dependent
public class TicketStore {

  @PersistenceContext EntityManager em;

  /**
   * @return the ticket with this number, managed in the caller's transaction, if there is one
   */
  public Optional<Ticket> byNumber(TicketNumber number) {
    return em.createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }
}
