package id.loket.ticket.control;

import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Ticket;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Writes the changes a stored ticket reports as its audit rows, in the caller's transaction. */
@Dependent
public class TicketHistory {

  @PersistenceContext EntityManager em;

  /** Pulls the ticket's pending changes, stores one audit row each and returns them. */
  public List<Change> record(Ticket ticket) {
    List<Change> changes = ticket.pullChanges();
    for (Change change : changes) {
      em.persist(AuditEntry.of(ticket.getId(), change));
    }
    return changes;
  }
}
