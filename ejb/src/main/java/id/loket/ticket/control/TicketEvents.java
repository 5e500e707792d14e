package id.loket.ticket.control;

import id.loket.messaging.boundary.Outbox;
import id.loket.shared.Json;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.Ticket;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObjectBuilder;

/**
 * The events a ticket announces, written to the outbox in the transaction of the change. Each
 * carries the ticket number (consumers reload what else they need) and the few facts consumers act
 * on without reloading: requester, priority, status.
 */
@Dependent
public class TicketEvents {

  public static final String AGGREGATE = "ticket";
  public static final String CREATED = "TICKET_CREATED";
  public static final String STATUS_CHANGED = "TICKET_STATUS_CHANGED";
  public static final String ASSIGNED = "TICKET_ASSIGNED";
  public static final String COMMENTED = "TICKET_COMMENTED";

  @EJB Outbox outbox;

  public long created(Ticket ticket) {
    return append(ticket, CREATED, facts(ticket));
  }

  public long statusChanged(Ticket ticket, String from, String actor) {
    return append(ticket, STATUS_CHANGED, facts(ticket).add("from", from).add("actor", actor));
  }

  public long assigned(Ticket ticket) {
    return append(ticket, ASSIGNED, facts(ticket).add("assignee", ticket.getAssignee()));
  }

  public long commented(Ticket ticket, Comment comment) {
    return append(
        ticket,
        COMMENTED,
        facts(ticket)
            .add("author", comment.getAuthor())
            .add("visibility", comment.getVisibility().name()));
  }

  private long append(Ticket ticket, String type, JsonObjectBuilder data) {
    return outbox.append(AGGREGATE, ticket.getNumber().value(), type, data.build());
  }

  private static JsonObjectBuilder facts(Ticket t) {
    return Json.createObjectBuilder()
        .add("number", t.getNumber().value())
        .add("requester", t.getRequester())
        .add("priority", t.getPriority().name())
        .add("status", t.getStatus().name())
        .add("version", t.getVersion());
  }
}
