package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.NotPermittedException;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketNumbers;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The ticket workflow as callers see it: open, read, comment, move. Each method loads the
 * aggregate, checks that the caller may touch it, lets the aggregate apply its rules (and record
 * its audit trail), and returns what the caller may see. One transaction per call.
 *
 * <p>Who may do what: any signed-in user opens tickets for themselves and follows their own; staff
 * (agent, team lead, manager, admin) see and work every ticket. A requester may reply publicly,
 * accept a resolution (close) or reopen it; everything else is for staff.
 */
@Stateless
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketService {

  private static final Set<TicketStatus> REQUESTER_MOVES =
      EnumSet.of(TicketStatus.CLOSED, TicketStatus.REOPENED);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @EJB TicketEvents events;
  @EJB Catalog catalog;

  public TicketDetails open(@NotNull @Valid NewTicket request) {
    String category = request.getCategory().strip();
    if (!catalog.isActive(category)) {
      throw new DomainException(
          "ticket.category.unknown", "Unknown category '" + category + "'", category);
    }
    Instant now = clock.instant();
    Ticket ticket =
        Ticket.open(
            numbers.next(now),
            caller(),
            request.getTitle().strip(),
            request.getDescription().strip(),
            category,
            request.getImpact(),
            request.getUrgency(),
            now);
    em.persist(ticket);
    events.ticketCreated(ticket, now);
    return details(ticket);
  }

  public TicketDetails get(@NotNull String number) {
    return details(load(number));
  }

  /** The caller's own tickets, newest first. */
  public List<TicketSummary> mine(int max) {
    return em
        .createQuery(
            "SELECT t FROM Ticket t WHERE t.requester = :me ORDER BY t.createdAt DESC, t.id DESC",
            Ticket.class)
        .setParameter("me", caller())
        .setMaxResults(Math.max(1, Math.min(max, 200)))
        .getResultList()
        .stream()
        .map(TicketService::summary)
        .toList();
  }

  public TicketDetails comment(@NotNull String number, @NotNull @Valid NewComment request) {
    Ticket ticket = load(number);
    if (request.getVisibility() == Visibility.INTERNAL && !isStaff()) {
      throw new NotPermittedException(
          "comment.internal.forbidden", "Only service-desk staff can write internal notes");
    }
    ticket.addComment(
        caller(), request.getBody().strip(), request.getVisibility(), clock.instant());
    return details(ticket);
  }

  public TicketDetails transition(
      @NotNull String number, @NotNull @Valid TransitionRequest request) {
    Ticket ticket = load(number);
    TicketStatus target = request.getTo();
    if (!isStaff() && !REQUESTER_MOVES.contains(target)) {
      throw new NotPermittedException(
          "transition.forbidden", "Only service-desk staff can move a ticket to " + target, target);
    }
    Instant now = clock.instant();
    if (target == TicketStatus.ASSIGNED) {
      String assignee =
          request.getAssignee() == null || request.getAssignee().isBlank()
              ? caller()
              : request.getAssignee().strip();
      ticket.assign(assignee, caller(), now);
    } else {
      ticket.moveTo(target, caller(), now);
    }
    return details(ticket);
  }

  private Ticket load(String number) {
    TicketNumber parsed = TicketNumber.parse(number);
    List<Ticket> found =
        em.createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
            .setParameter("number", parsed)
            .getResultList();
    if (found.isEmpty() || !(isStaff() || found.get(0).isOwnedBy(caller()))) {
      throw new TicketNotFoundException(parsed.value());
    }
    return found.get(0);
  }

  private TicketDetails details(Ticket ticket) {
    boolean staff = isStaff();
    Set<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
    allowed.addAll(ticket.getStatus().allowedNext());
    if (!staff) {
      allowed.retainAll(REQUESTER_MOVES);
    }
    return TicketDetails.of(ticket, staff, allowed);
  }

  private static TicketSummary summary(Ticket t) {
    return new TicketSummary(
        t.getNumber().value(),
        t.getTitle(),
        t.getStatus().name(),
        t.getPriority().name(),
        t.getAssignee(),
        t.getUpdatedAt());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private boolean isStaff() {
    return session.isCallerInRole(Roles.AGENT)
        || session.isCallerInRole(Roles.TEAM_LEAD)
        || session.isCallerInRole(Roles.MANAGER)
        || session.isCallerInRole(Roles.ADMIN);
  }
}
