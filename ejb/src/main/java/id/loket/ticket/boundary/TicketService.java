package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketHistory;
import id.loket.ticket.control.TicketNumbers;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Comment;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The ticket workflow as callers see it: open, read, comment, move. Each write loads the aggregate
 * (never its history), checks that the caller may touch it and that the caller's copy is current,
 * lets the aggregate apply its rules, then stores what the aggregate reports — audit rows for its
 * changes, a comment row, outbox events — in the same transaction, and answers with a summary.
 * Conversation and history are read page by page, newest first.
 *
 * <p>Who may do what: any signed-in user opens tickets for themselves and follows their own; staff
 * (agent, team lead, manager, admin) see and work every ticket. A requester may reply publicly,
 * accept a resolution (close) or reopen it; everything else is for staff. A requester sees neither
 * internal notes nor the history lines that record them.
 */
@Stateless
@DeclareRoles({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketService {

  public static final int MAX_PAGE = 200;

  private static final Set<TicketStatus> REQUESTER_MOVES =
      EnumSet.of(TicketStatus.CLOSED, TicketStatus.REOPENED);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject TicketNumbers numbers;
  @Inject TicketEvents events;
  @Inject TicketHistory trail;
  @EJB Catalog catalog;

  public TicketDetails open(@NotNull @Valid NewTicket request) {
    Caller me = caller();
    return details(openFor(me.name(), request), me);
  }

  Ticket openFor(String requester, NewTicket request) {
    String category = request.getCategory().strip();
    if (!catalog.isActive(category)) {
      throw new DomainException(
          "ticket.category.unknown", "Unknown category '" + category + "'", category);
    }
    Instant now = clock.instant();
    Ticket ticket =
        Ticket.open(
            numbers.next(now),
            requester,
            request.getTitle().strip(),
            request.getDescription().strip(),
            category,
            request.getImpact(),
            request.getUrgency(),
            now);
    em.persist(ticket);
    em.flush(); // the ticket row first: its history and events refer to it
    trail.record(ticket);
    em.flush();
    events.created(ticket);
    return ticket;
  }

  public TicketDetails get(String number) {
    Caller me = caller();
    return details(load(number, null, me), me);
  }

  /** The caller's own tickets, newest first. */
  public List<TicketSummary> mine(int max) {
    return em
        .createQuery(
            "SELECT t FROM Ticket t WHERE t.requester = :me ORDER BY t.createdAt DESC, t.id DESC",
            Ticket.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE)))
        .getResultList()
        .stream()
        .map(TicketService::summary)
        .toList();
  }

  /**
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails comment(
      String number, @NotNull @Valid NewComment request, Long expectedVersion) {
    Caller me = caller();
    Ticket ticket = load(number, expectedVersion, me);
    if (request.getVisibility() == Visibility.INTERNAL && !me.staff()) {
      throw new NotPermittedException(
          "comment.internal.forbidden", "Only service-desk staff can write internal notes");
    }
    Comment comment =
        ticket.addComment(
            me.name(), request.getBody().strip(), request.getVisibility(), clock.instant());
    em.persist(comment);
    trail.record(ticket);
    em.flush();
    events.commented(ticket, comment);
    return details(ticket, me);
  }

  /**
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails transition(
      String number, @NotNull @Valid TransitionRequest request, Long expectedVersion) {
    Caller me = caller();
    Ticket ticket = load(number, expectedVersion, me);
    TicketStatus target = request.getTo();
    if (!me.staff() && !REQUESTER_MOVES.contains(target)) {
      throw new NotPermittedException(
          "transition.forbidden", "Only service-desk staff can move a ticket to " + target, target);
    }
    Instant now = clock.instant();
    TicketStatus from = ticket.getStatus();
    if (target == TicketStatus.ASSIGNED) {
      String assignee =
          request.getAssignee() == null || request.getAssignee().isBlank()
              ? me.name()
              : request.getAssignee().strip();
      ticket.assign(assignee, me.name(), now);
    } else {
      ticket.moveTo(target, me.name(), now);
    }
    List<Change> changes = trail.record(ticket);
    em.flush();
    if (changes.stream().anyMatch(c -> Change.FIELD_ASSIGNEE.equals(c.field()))) {
      events.assigned(ticket);
    }
    if (changes.stream().anyMatch(c -> Change.FIELD_STATUS.equals(c.field()))) {
      events.statusChanged(ticket, from.name());
    }
    return details(ticket, me);
  }

  /**
   * The conversation, newest first: at most {@code limit} comments older than the cursor {@code
   * before} (null: from the newest). A requester gets public replies only.
   */
  public Page<TicketDetails.CommentView> comments(String number, String before, int limit) {
    Caller me = caller();
    Ticket ticket = load(number, null, me);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    List<Comment> rows =
        newestFirst(
            Comment.class,
            "ticket_comment",
            "created_at",
            me.staff() ? "" : " AND visibility = 'PUBLIC'",
            ticket,
            Keyset.parse(before),
            max);
    return page(
        rows,
        max,
        c ->
            new TicketDetails.CommentView(
                c.getId(), c.getAuthor(), c.getBody(), c.getVisibility().name(), c.getCreatedAt()),
        c -> Keyset.of(c.getCreatedAt(), c.getId()));
  }

  /**
   * The history, newest first: at most {@code limit} entries older than the cursor {@code before}
   * (null: from the newest). A requester does not see the lines that record internal notes.
   */
  public Page<TicketDetails.ChangeView> history(String number, String before, int limit) {
    Caller me = caller();
    Ticket ticket = load(number, null, me);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    List<AuditEntry> rows =
        newestFirst(
            AuditEntry.class,
            "ticket_audit",
            "changed_at",
            me.staff()
                ? ""
                : " AND NOT (field_name = 'comment' AND new_value = '\"INTERNAL\"'::jsonb)",
            ticket,
            Keyset.parse(before),
            max);
    return page(
        rows,
        max,
        a ->
            new TicketDetails.ChangeView(
                a.getId(), a.getAt(), a.getActor(), a.getField(), a.getOldValue(), a.getNewValue()),
        a -> Keyset.of(a.getAt(), a.getId()));
  }

  /**
   * One page (plus one row, to know whether there is a next) of a ticket's rows in {@code table},
   * newest first, after {@code from}: a row comparison on ({@code time}, id), so that PostgreSQL
   * walks the keyset index of the table from the cursor on. {@code filter} is fixed SQL (never
   * input) and matches the table's partial index where there is one.
   */
  @SuppressWarnings("unchecked")
  private <E> List<E> newestFirst(
      Class<E> type,
      String table,
      String time,
      String filter,
      Ticket ticket,
      Keyset from,
      int max) {
    return em.createNativeQuery(
            "SELECT * FROM "
                + table
                + " WHERE ticket_id = ?1"
                + filter
                + " AND ("
                + time
                + ", id) < (?2, ?3) ORDER BY "
                + time
                + " DESC, id DESC LIMIT ?4",
            type)
        .setParameter(1, ticket.getId())
        .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
        .setParameter(3, from.id())
        .setParameter(4, max + 1)
        .getResultList();
  }

  private static <E, V> Page<V> page(
      List<E> rows, int max, Function<E, V> view, Function<E, String> cursor) {
    boolean more = rows.size() > max;
    List<E> shown = more ? rows.subList(0, max) : rows;
    return new Page<>(
        shown.stream().map(view).toList(), more ? cursor.apply(shown.get(max - 1)) : null);
  }

  private Ticket load(String number, Long expectedVersion, Caller me) {
    TicketNumber parsed = TicketNumber.parse(number);
    List<Ticket> found =
        em.createQuery("SELECT t FROM Ticket t WHERE t.number = :number", Ticket.class)
            .setParameter("number", parsed)
            .getResultList();
    if (found.isEmpty() || !(me.staff() || found.get(0).isOwnedBy(me.name()))) {
      throw new TicketNotFoundException(parsed.value());
    }
    Ticket ticket = found.get(0);
    if (expectedVersion != null && expectedVersion != ticket.getVersion()) {
      throw new DomainException(
          Kind.STALE,
          "ticket.stale",
          "Ticket "
              + parsed.value()
              + " changed since version "
              + expectedVersion
              + " (now "
              + ticket.getVersion()
              + ")",
          parsed.value(),
          expectedVersion,
          ticket.getVersion());
    }
    return ticket;
  }

  private TicketDetails details(Ticket ticket, Caller me) {
    Set<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
    allowed.addAll(ticket.getStatus().allowedNext());
    if (!me.staff()) {
      allowed.retainAll(REQUESTER_MOVES);
    }
    return TicketDetails.of(ticket, allowed);
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

  /** Who calls, and whether as staff: asked once per call (each role check costs). */
  private record Caller(String name, boolean staff) {}

  private Caller caller() {
    boolean staff =
        session.isCallerInRole(Roles.AGENT)
            || session.isCallerInRole(Roles.TEAM_LEAD)
            || session.isCallerInRole(Roles.MANAGER)
            || session.isCallerInRole(Roles.ADMIN);
    return new Caller(session.getCallerPrincipal().getName(), staff);
  }
}
