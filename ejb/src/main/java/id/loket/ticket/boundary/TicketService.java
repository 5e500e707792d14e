package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.guard.boundary.SecretGuard;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketStore;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Channel;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketHeldException;
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
import jakarta.json.JsonObject;
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
 * <p>Who may do what: any signed-in user opens tickets for themselves and follows their own and
 * those they watch; staff (agent, team lead, manager, admin) see and work every ticket. A requester
 * may reply publicly, accept a resolution (close) or reopen it; a watcher may only reply;
 * everything else is for staff. A requester sees neither internal notes nor the history lines that
 * record them. Titles, descriptions and comments are stored with any secret in them masked ({@link
 * SecretGuard}).
 *
 * <p>A ticket is assigned only to active staff, as the identity feature's {@link UserDirectory}
 * knows them (422 on {@code assignee} otherwise). Moving to ASSIGNED without an assignee, or with
 * oneself, is a claim, which never takes a ticket a colleague holds (409 naming them); handing it
 * over is an explicit reassignment.
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
  @Inject TicketOpening opening;
  @Inject TicketEvents events;
  @Inject TicketTrail trail;
  @Inject TicketStore store;
  @EJB Catalog catalog;
  @EJB UserDirectory directory;

  /** Opens a ticket over the API (channel API). */
  public TicketDetails open(@NotNull @Valid NewTicket request) {
    return open(request, Channel.API);
  }

  /**
   * Opens a ticket that came in by {@code channel}. Staff may open it for someone else ({@link
   * NewTicket#getRequester()}, an active user): the requester owns it, the caller is recorded as
   * who created it, and the ticket is a PHONE ticket (an agent recording a call, on the portal or
   * through the API; only a forwarded e-mail stays EMAIL).
   */
  public TicketDetails open(@NotNull @Valid NewTicket request, @NotNull Channel channel) {
    Caller me = caller();
    String requester = request.getRequester() == null ? me.name() : request.getRequester();
    Channel via = channel;
    if (!requester.equals(me.name())) {
      if (!me.staff()) {
        throw new NotPermittedException(
            "catalog.requester.forbidden", "Only service-desk staff open tickets for others");
      }
      if (directory.currentStamp(requester).isEmpty()) {
        throw new InvalidFieldException("requester", "catalog.requester.unknown", requester);
      }
      via = channel == Channel.EMAIL ? channel : Channel.PHONE;
    }
    return details(opening.open(requester, request, me.name(), via), me);
  }

  /**
   * Changes the values of the ticket's form: {@code values} are all of them afterwards (absent or
   * empty: removed). Staff may, and the requester while the ticket is open; each changed field is
   * one audit row {@code field:<key>}.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails changeFields(String number, JsonObject values, Long expectedVersion) {
    Caller me = caller();
    Ticket ticket = load(number, expectedVersion, me);
    if (!me.staff() && !ticket.getStatus().isOpen()) {
      throw new NotPermittedException(
          "catalog.fields.forbidden",
          "The requester can change the fields while the ticket is open");
    }
    JsonObject typed =
        SecretGuard.mask(catalog.checkFields(ticket.getRequestType(), values), 10000);
    ticket.changeFields(
        TicketDetails.fields(ticket.getFields()),
        typed,
        typed.toString(),
        me.name(),
        clock.instant());
    trail.record(ticket);
    em.flush();
    return details(ticket, me);
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
   * Whose tickets "my tickets" are: the requester's. Kept as one SQL predicate on {@code t} so that
   * watched tickets can join it later ({@code OR EXISTS (SELECT 1 FROM ticket_watcher …)}).
   */
  private static final String MINE = "t.requester = ?1";

  /**
   * One page of the caller's tickets, most recently updated first: at most {@code limit} after the
   * cursor {@code before} (null: from the newest) that pass {@code filter}. A keyset on
   * (updated_at, id) walks the requester's index from the cursor on; no OFFSET.
   */
  @SuppressWarnings("unchecked")
  public Page<TicketSummary> mine(@NotNull TicketFilter filter, String before, int limit) {
    Caller me = caller();
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Keyset from = Keyset.parse(before);
    StringBuilder sql =
        new StringBuilder("SELECT t.* FROM ticket t WHERE ")
            .append(MINE)
            .append(" AND (t.updated_at, t.id) < (?2, ?3)");
    appendFilter(sql, filter);
    sql.append(" ORDER BY t.updated_at DESC, t.id DESC LIMIT ?4");
    var query =
        em.createNativeQuery(sql.toString(), Ticket.class)
            .setParameter(1, me.name())
            .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(3, from.id())
            .setParameter(4, max + 1);
    if (filter.search() != null) {
      query.setParameter(5, filter.likePattern());
    }
    List<Ticket> rows = query.getResultList();
    return page(rows, max, TicketService::summary, t -> Keyset.of(t.getUpdatedAt(), t.getId()));
  }

  /** How many of the caller's tickets pass {@code filter} (for a pager; one index range). */
  public int countMine(@NotNull TicketFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ticket t WHERE ").append(MINE);
    appendFilter(sql, filter);
    var query = em.createNativeQuery(sql.toString()).setParameter(1, caller().name());
    if (filter.search() != null) {
      query.setParameter(5, filter.likePattern());
    }
    return ((Number) query.getSingleResult()).intValue();
  }

  /** The filter's conditions; the search text is parameter 5. Status names come from the enum. */
  private static void appendFilter(StringBuilder sql, TicketFilter filter) {
    if (!filter.allStatuses()) {
      sql.append(" AND t.status IN (");
      sql.append(
          String.join(
              ", ", filter.statuses().stream().map(s -> "'" + s.name() + "'").sorted().toList()));
      sql.append(")");
    }
    if (filter.search() != null) {
      sql.append(" AND (t.title ILIKE ?5 ESCAPE '\\' OR t.number ILIKE ?5 ESCAPE '\\')");
    }
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
            me.name(),
            SecretGuard.mask(request.getBody().strip(), 10000),
            request.getVisibility(),
            clock.instant());
    if (request.getMinutesSpent() != null && !me.staff()) {
      throw new NotPermittedException(
          "comment.minutes.forbidden", "Only service-desk staff log time on a ticket");
    }
    comment.logTime(request.getMinutesSpent());
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
    if (!me.staff() && !(REQUESTER_MOVES.contains(target) && ticket.isOwnedBy(me.name()))) {
      throw new NotPermittedException(
          "transition.forbidden", "Only service-desk staff can move a ticket to " + target, target);
    }
    Instant now = clock.instant();
    TicketStatus from = ticket.getStatus();
    String assignee = request.getAssignee();
    if (target == TicketStatus.ASSIGNED && (assignee == null || assignee.equals(me.name()))) {
      claim(ticket, me, now);
    } else if (target == TicketStatus.ASSIGNED) {
      if (!directory.isActiveStaff(assignee)) {
        throw new InvalidFieldException("assignee", "ticket.assignee.unknown", assignee);
      }
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
      events.statusChanged(ticket, from.name(), me.name());
    }
    return details(ticket, me);
  }

  /** A claim names who holds the ticket when someone else does (by name, not only user name). */
  private void claim(Ticket ticket, Caller me, Instant now) {
    try {
      ticket.claim(me.name(), now);
    } catch (TicketHeldException held) {
      throw new TicketHeldException(held.holder(), directory.label(held.holder()));
    }
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
                c.getId(),
                c.getAuthor(),
                c.getBody(),
                c.getVisibility().name(),
                c.getCreatedAt(),
                me.staff() ? c.getMinutesSpent() : null),
        c -> Keyset.of(c.getCreatedAt(), c.getId()));
  }

  /**
   * The history, newest first: at most {@code limit} entries older than the cursor {@code before}
   * (null: from the newest). A requester does not see the lines that record internal notes, nor
   * those of links between tickets (a staff-only tool: the other ticket may be someone else's).
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
                : " AND NOT (field_name = 'comment' AND new_value = '\"INTERNAL\"'::jsonb)"
                    + " AND field_name <> 'link'",
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
    Ticket ticket =
        store
            .byNumber(parsed)
            .filter(t -> mayRead(t, me))
            .orElseThrow(() -> new TicketNotFoundException(parsed.value()));
    ticket.requireVersion(expectedVersion);
    return ticket;
  }

  /**
   * The one place that says who reads a ticket: staff, its requester and its watchers. Everything
   * that loads a ticket by number goes through here, so features built on it inherit the rule.
   */
  private boolean mayRead(Ticket ticket, Caller me) {
    return me.staff()
        || ticket.isOwnedBy(me.name())
        || !em.createNativeQuery(
                "SELECT 1 FROM ticket_watcher WHERE ticket_id = ?1 AND username = ?2")
            .setParameter(1, ticket.getId())
            .setParameter(2, me.name())
            .getResultList()
            .isEmpty();
  }

  private TicketDetails details(Ticket ticket, Caller me) {
    Set<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
    allowed.addAll(ticket.getStatus().allowedNext());
    if (!me.staff()) {
      allowed.retainAll(ticket.isOwnedBy(me.name()) ? REQUESTER_MOVES : Set.of());
    }
    return TicketDetails.of(ticket, allowed);
  }

  private static TicketSummary summary(Ticket t) {
    return new TicketSummary(
        t.getNumber().value(),
        t.getTitle(),
        t.getCategory(),
        t.getStatus().name(),
        t.getPriority().name(),
        t.getAssignee(),
        t.getUpdatedAt(),
        t.getTeam());
  }

  /** Who calls, and whether as staff: asked once per call (each role check costs). */
  private record Caller(String name, boolean staff) {}

  private Caller caller() {
    boolean staff = Roles.isStaff(session::isCallerInRole);
    return new Caller(session.getCallerPrincipal().getName(), staff);
  }
}
