package id.loket.followup.boundary;

import id.loket.followup.control.EscalationEvents;
import id.loket.followup.entity.Escalation;
import id.loket.followup.entity.Reason;
import id.loket.followup.entity.Satisfaction;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.NotPermittedException;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
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
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The requester's follow-up on their own ticket: close and rate, reopen with a reason, escalate
 * with a reason. Only the ticket's requester may do these (anyone else who may see the ticket gets
 * 403; anyone who may not, 404 as everywhere). Status moves go through {@link TicketService}, so
 * the workflow, its version check (If-Match), its audit rows and its events stay in one place; what
 * this feature adds (rating, escalation) is stored beside the ticket, with an audit row of its own,
 * in the same transaction.
 */
@Stateless
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class FollowUp {

  public static final String FIELD_SATISFACTION = "satisfaction";
  public static final String FIELD_ESCALATION = "escalation";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject EscalationEvents events;
  @EJB TicketService tickets;

  /**
   * Rates a closed ticket, or closes a resolved one and rates it in one go.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public SatisfactionView rate(String number, SatisfactionRequest request, Long expectedVersion) {
    required(request);
    Satisfaction.check(request.getRating(), request.getComment());
    TicketDetails ticket = requesterOnly(number);
    long ticketId = ticketId(ticket);
    Satisfaction earlier = satisfactionOf(ticket);
    if (earlier == null && TicketStatus.RESOLVED.name().equals(ticket.status())) {
      ticket =
          tickets.transition(
              ticket.number(), new TransitionRequest(TicketStatus.CLOSED, null), expectedVersion);
    } else {
      requireVersion(ticket, expectedVersion);
    }
    Instant now = clock.instant();
    Satisfaction rating =
        Satisfaction.give(
            ticketId,
            ticket.number(),
            TicketStatus.valueOf(ticket.status()),
            earlier,
            request.getRating(),
            request.getComment(),
            caller(),
            now);
    em.persist(rating);
    em.persist(
        AuditEntry.of(
            ticketId, new Change(now, caller(), FIELD_SATISFACTION, null, rating.getRating())));
    em.flush();
    return view(rating, ticket);
  }

  /**
   * Reopens a resolved ticket; the reason becomes a public reply.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails reopen(String number, ReasonRequest request, Long expectedVersion) {
    required(request);
    Reason reason = Reason.of(request.getReason());
    TicketDetails ticket = requesterOnly(number);
    tickets.transition(
        ticket.number(), new TransitionRequest(TicketStatus.REOPENED, null), expectedVersion);
    return tickets.comment(ticket.number(), new NewComment(reason.text(), Visibility.PUBLIC), null);
  }

  /**
   * Escalates a ticket that is not closed; announced on the escalation queue through the outbox.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public EscalationView escalate(String number, ReasonRequest request, Long expectedVersion) {
    required(request);
    Reason reason = Reason.of(request.getReason());
    TicketDetails ticket = requesterOnly(number);
    requireVersion(ticket, expectedVersion);
    long ticketId = ticketId(ticket);
    Instant now = clock.instant();
    Escalation escalation =
        Escalation.raise(
            ticketId,
            ticket.number(),
            TicketStatus.valueOf(ticket.status()),
            openEscalationOf(ticket),
            reason,
            caller(),
            now);
    try {
      em.persist(escalation);
      em.flush();
    } catch (PersistenceException raced) {
      throw new DomainException(
          Kind.CONFLICT,
          "escalation.open",
          "Ticket " + ticket.number() + " was escalated meanwhile",
          ticket.number(),
          now);
    }
    em.persist(
        AuditEntry.of(ticketId, new Change(now, caller(), FIELD_ESCALATION, null, reason.text())));
    events.escalated(escalation, ticket.number());
    em.flush();
    return view(escalation, ticket.number());
  }

  /** What the ticket page shows and offers about follow-up (for anyone who may see the ticket). */
  public FollowUpState state(String number) {
    TicketDetails ticket = tickets.get(number);
    Satisfaction rating = satisfactionOf(ticket);
    Escalation open = openEscalationOf(ticket);
    boolean requester = ticket.requester().equals(caller());
    TicketStatus status = TicketStatus.valueOf(ticket.status());
    return new FollowUpState(
        rating == null ? null : view(rating, ticket),
        open == null ? null : view(open, ticket.number()),
        requester && status == TicketStatus.RESOLVED,
        requester && rating == null && status == TicketStatus.CLOSED,
        requester && open == null && status != TicketStatus.CLOSED);
  }

  private TicketDetails requesterOnly(String number) {
    TicketDetails ticket = tickets.get(number); // 404 for whoever may not see it
    if (!ticket.requester().equals(caller())) {
      throw new NotPermittedException(
          "followup.requesterOnly",
          "Only the requester of " + ticket.number() + " can do this",
          ticket.number());
    }
    return ticket;
  }

  private static void requireVersion(TicketDetails ticket, Long expected) {
    if (expected != null && expected != ticket.version()) {
      throw DomainException.stale("ticket.stale", ticket.number(), expected, ticket.version());
    }
  }

  private long ticketId(TicketDetails ticket) {
    return em.createQuery("SELECT t.id FROM Ticket t WHERE t.number = :number", Long.class)
        .setParameter("number", TicketNumber.parse(ticket.number()))
        .getSingleResult();
  }

  /** The rating of the ticket, found through its number (a sub-select, no extra row read). */
  private Satisfaction satisfactionOf(TicketDetails ticket) {
    List<Satisfaction> found =
        em.createQuery(
                "SELECT s FROM TicketSatisfaction s WHERE s.ticketId ="
                    + " (SELECT t.id FROM Ticket t WHERE t.number = :number)",
                Satisfaction.class)
            .setParameter("number", TicketNumber.parse(ticket.number()))
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  /** The requester's open "not satisfied" (SLA escalations are the desk's own, not shown here). */
  private Escalation openEscalationOf(TicketDetails ticket) {
    List<Escalation> found =
        em.createQuery(
                "SELECT e FROM TicketEscalation e WHERE e.closedAt IS NULL AND e.cause = :cause"
                    + " AND e.ticketId = (SELECT t.id FROM Ticket t WHERE t.number = :number)",
                Escalation.class)
            .setParameter("cause", Escalation.REQUESTER)
            .setParameter("number", TicketNumber.parse(ticket.number()))
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private static SatisfactionView view(Satisfaction s, TicketDetails ticket) {
    return new SatisfactionView(
        ticket.number(),
        s.getRating(),
        s.getComment(),
        s.getRatedBy(),
        s.getRatedAt(),
        ticket.status(),
        ticket.version());
  }

  private static EscalationView view(Escalation e, String number) {
    return new EscalationView(
        e.getId(), number, e.getEscalatedBy(), e.getReason(), e.getEscalatedAt(), e.isOpen());
  }

  private static void required(Object request) {
    if (request == null) {
      throw new DomainException(Kind.MALFORMED, "problem.malformed", "A JSON body is required");
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
