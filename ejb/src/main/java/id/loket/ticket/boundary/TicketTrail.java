package id.loket.ticket.boundary;

import id.loket.ticket.control.TicketHistory;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Ticket;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What every ticket boundary does after changing a ticket: the audit rows ({@link TicketHistory}),
 * and telling the features that keep state per ticket ({@link TicketChanged}, observed
 * synchronously: the SLA clocks move in the same transaction as the change that moves them). Due
 * instants an observer derives are stored on the ticket row, where the queues sort and filter by
 * them.
 */
@Dependent
public class TicketTrail {

  @PersistenceContext EntityManager em;
  @Inject TicketHistory history;
  @Inject Event<TicketChanged> changed;

  /** Stores the ticket's pending changes as audit rows, announces them and returns them. */
  public List<Change> record(Ticket ticket) {
    List<Change> changes = history.record(ticket);
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

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
