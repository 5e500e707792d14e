package id.loket.ticket.control;

import id.loket.ticket.boundary.TicketChanged;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Ticket;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the changes a stored ticket reports as its audit rows, in the caller's transaction, and
 * tells the features that keep state per ticket ({@link TicketChanged}, observed synchronously: the
 * SLA clocks move in the same transaction as the change that moves them). Due instants an observer
 * derives are stored on the ticket row, where the queues sort and filter by them.
 */
@Dependent
public class TicketHistory {

  @PersistenceContext EntityManager em;
  @Inject Event<TicketChanged> changed;

  /** Pulls the ticket's pending changes, stores one audit row each and returns them. */
  public List<Change> record(Ticket ticket) {
    List<Change> changes = ticket.pullChanges();
    for (Change change : changes) {
      em.persist(AuditEntry.of(ticket.getId(), change));
    }
    if (!changes.isEmpty()) {
      announce(ticket, changes);
    }
    return changes;
  }

  private void announce(Ticket ticket, List<Change> changes) {
    TicketChanged event =
        new TicketChanged(
            ticket.getId(),
            ticket.getNumber().value(),
            ticket.getRequester(),
            ticket.getStatus().name(),
            ticket.getPriority().name(),
            ticket.getRequestType(),
            ticket.getTeam(),
            ticket.getCreatedAt(),
            changes.stream()
                .map(
                    c ->
                        new TicketChanged.Field(
                            c.field(), c.oldText(), c.newText(), c.actor(), c.at()))
                .toList());
    changed.fire(event);
    TicketChanged.Due due = event.due();
    if (due != null) {
      em.createNativeQuery(
              "UPDATE ticket SET first_response_due_at = CAST(?1 AS timestamptz),"
                  + " resolution_due_at = CAST(?2 AS timestamptz) WHERE id = ?3")
          .setParameter(1, utc(due.firstResponse()))
          .setParameter(2, utc(due.resolution()))
          .setParameter(3, ticket.getId())
          .executeUpdate();
    }
  }

  private static OffsetDateTime utc(java.time.Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
