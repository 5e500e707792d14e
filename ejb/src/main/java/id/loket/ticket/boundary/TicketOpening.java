package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.Intake;
import id.loket.guard.boundary.SecretGuard;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketNumbers;
import id.loket.ticket.control.TicketRouter;
import id.loket.ticket.entity.Channel;
import id.loket.ticket.entity.Ticket;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * How a ticket comes into being, whoever asked for it (a caller of {@link TicketService}, or a mail
 * that reached the desk through {@link MailTickets}): numbered, checked against the catalog,
 * secrets masked, routed before it is stored, audited and announced in the caller's transaction.
 */
@Dependent
public class TicketOpening {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @Inject TicketEvents events;
  @Inject TicketTrail trail;
  @Inject TicketRouter router;
  @EJB Catalog catalog;

  /**
   * Opens a ticket owned by {@code requester}, recorded as created by {@code actor}, that came in
   * by {@code channel}. Who may do this is the caller's decision.
   */
  public Ticket open(String requester, NewTicket request, String actor, Channel channel) {
    Intake intake = intake(request);
    String category = intake.category();
    Instant now = clock.instant();
    // Secrets are masked before anything is stored, audited, published or logged: the texts and
    // the text values of the type's fields.
    Ticket ticket =
        Ticket.open(
            numbers.next(now),
            requester,
            SecretGuard.mask(request.getTitle().strip(), 200),
            SecretGuard.mask(request.getDescription().strip(), 10000),
            category,
            request.getImpact(),
            request.getUrgency(),
            now);
    ticket.intake(
        intake.type(), SecretGuard.mask(intake.fields(), 10000).toString(), channel, actor);
    // Routed before it is stored, so that the ticket is inserted with its team (version 1).
    var routed = router.decide(ticket, intake.firstTeam(), now);
    em.persist(ticket);
    em.flush(); // the ticket row first: its history, routing and events refer to it
    router.record(ticket, routed, now);
    trail.record(ticket);
    em.flush();
    events.created(ticket);
    if (ticket.getAssignee() != null) {
      events.assigned(ticket);
    }
    return ticket;
  }

  /**
   * What the catalog says about a new ticket: with a request type, its category and checked field
   * values (a category given too must be the type's); without one, the category must be active.
   */
  private Intake intake(NewTicket request) {
    String category = request.getCategory() == null ? null : request.getCategory().strip();
    if (request.getType() == null) {
      if (!catalog.isActive(category)) {
        throw new DomainException(
            "ticket.category.unknown", "Unknown category '" + category + "'", category);
      }
      return new Intake(null, category, null, null, null, JsonValue.EMPTY_JSON_OBJECT);
    }
    Intake intake = catalog.intake(request.getType(), request.getFields());
    if (category != null && !category.isEmpty() && !category.equals(intake.category())) {
      throw new InvalidFieldException(
          "category", "catalog.type.category.mismatch", intake.category());
    }
    return intake;
  }
}
