package id.loket.workbench.boundary;

import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import id.loket.shared.SqlValues;
import id.loket.ticket.boundary.LinkHistory;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import id.loket.workbench.entity.LinkKind;
import jakarta.annotation.Resource;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Links between tickets, for staff: RELATED, and PARENT_CHILD for a major incident and the tickets
 * it caused (a child has one parent; no cycles). A link is stored once and listed from both ends,
 * by id (keyset), through the ticket feature's read rule. Like watchers, links do not change what a
 * ticket says, so they neither need nor bump its version. Resolving a parent can resolve its open
 * children with one public message ({@link #resolveChildren}), through the ticket feature's own
 * workflow, so each child is audited and its requester told. Making or removing a link is a line in
 * the history of both tickets, written by the ticket feature ({@link LinkHistory}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketLinks {

  public static final int MAX_PAGE = 200;

  /** How deep a parent chain is followed when looking for a cycle. */
  static final int MAX_DEPTH = 50;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @EJB TicketService tickets;
  @EJB LinkHistory history;

  /** The links of ticket {@code number}, oldest first, after the link id {@code after}. */
  public Page<LinkView> of(String number, Long after, int limit) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    long from = after == null ? 0 : after;
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT l.id, CASE WHEN l.kind = 'RELATED' THEN 'RELATED' WHEN l.from_ticket = ?1"
                    + " THEN 'CHILD' ELSE 'PARENT' END, t.number, t.title, t.status,"
                    + " l.created_by, l.created_at FROM ("
                    + " (SELECT * FROM ticket_link WHERE from_ticket = ?1 AND id > ?2 ORDER BY id"
                    + " LIMIT ?3) UNION ALL"
                    + " (SELECT * FROM ticket_link WHERE to_ticket = ?1 AND id > ?2 ORDER BY id"
                    + " LIMIT ?3)) l"
                    + " JOIN ticket t ON t.id = CASE WHEN l.from_ticket = ?1 THEN l.to_ticket"
                    + " ELSE l.from_ticket END ORDER BY l.id LIMIT ?3")
            .setParameter(1, ticket)
            .setParameter(2, from)
            .setParameter(3, max + 1)
            .getResultList();
    List<LinkView> views =
        rows.stream()
            .map(
                r ->
                    new LinkView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        SqlValues.instant(r[6])))
            .toList();
    boolean more = views.size() > max;
    List<LinkView> shown = more ? views.subList(0, max) : views;
    return new Page<>(shown, more ? Long.toString(shown.get(max - 1).id()) : null);
  }

  /**
   * Links ticket {@code number} to another: 422 on {@code ticket} for itself or an unknown ticket,
   * 409 if the two are linked already, the child has a parent, or the link would close a cycle.
   */
  public LinkView add(String number, @NotNull @Valid NewLink request) {
    TicketDetails self = tickets.get(number);
    TicketDetails other = other(request.getTicket());
    if (self.number().equals(other.number())) {
      throw new InvalidFieldException("ticket", "link.self", self.number());
    }
    long from = Tickets.id(em, self.number());
    long to = Tickets.id(em, other.number());
    lock(Math.min(from, to), Math.max(from, to));
    if (count(
            "SELECT count(*) FROM ticket_link WHERE (from_ticket = ?1 AND to_ticket = ?2)"
                + " OR (from_ticket = ?2 AND to_ticket = ?1)",
            from,
            to)
        > 0) {
      throw conflict("link.exists", "The tickets are linked already", other.number());
    }
    if (request.getKind() == LinkKind.PARENT_CHILD) {
      if (count(
              "SELECT count(*) FROM ticket_link WHERE to_ticket = ?1 AND kind = 'PARENT_CHILD'", to)
          > 0) {
        throw conflict("link.parent.exists", "The child has a parent already", other.number());
      }
      if (isAncestor(to, from)) {
        throw conflict("link.cycle", "The link would make a cycle", other.number());
      }
    }
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('ticket_link_seq')").getSingleResult())
            .longValue();
    var now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO ticket_link (id, from_ticket, to_ticket, kind, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, id)
        .setParameter(2, from)
        .setParameter(3, to)
        .setParameter(4, request.getKind().name())
        .setParameter(5, me())
        .setParameter(6, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    history.record(self.number(), other.number(), request.getKind() == LinkKind.PARENT_CHILD, true);
    String role = request.getKind() == LinkKind.RELATED ? "RELATED" : "CHILD";
    return new LinkView(id, role, other.number(), other.title(), other.status(), me(), now);
  }

  /** Removes link {@code id} of ticket {@code number} (404 if it is not one of its links). */
  public void remove(String number, long id) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    @SuppressWarnings("unchecked")
    List<Object[]> link =
        em.createNativeQuery(
                "SELECT f.number, t.number, l.kind FROM ticket_link l"
                    + " JOIN ticket f ON f.id = l.from_ticket JOIN ticket t ON t.id = l.to_ticket"
                    + " WHERE l.id = ?1 AND (l.from_ticket = ?2 OR l.to_ticket = ?2) FOR UPDATE OF l")
            .setParameter(1, id)
            .setParameter(2, ticket)
            .getResultList();
    if (link.isEmpty()) {
      throw new DomainException(Kind.NOT_FOUND, "link.notfound", "No link " + id, id);
    }
    em.createNativeQuery("DELETE FROM ticket_link WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    Object[] row = link.get(0);
    history.record(
        (String) row[0], (String) row[1], LinkKind.PARENT_CHILD.name().equals(row[2]), false);
  }

  /** How many children of ticket {@code number} are not yet resolved or closed. */
  public int openChildren(String number) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    return (int)
        count(
            "SELECT count(*) FROM ticket_link l JOIN ticket t ON t.id = l.to_ticket"
                + " WHERE l.from_ticket = ?1 AND l.kind = 'PARENT_CHILD'"
                + " AND t.status NOT IN ('RESOLVED', 'CLOSED')",
            ticket);
  }

  /**
   * Resolves parent {@code number} (as the caller saw it: {@code expectedVersion}) and, in the same
   * transaction, its open children with one public {@code message} ({@link #resolveChildren}):
   * either all of it happens or nothing.
   *
   * @return the numbers of the children resolved
   */
  public List<String> resolveWithChildren(
      String number, Long expectedVersion, @NotNull String message) {
    tickets.transition(number, new TransitionRequest(TicketStatus.RESOLVED, null), expectedVersion);
    return resolveChildren(number, message);
  }

  /**
   * Resolves every open child of parent {@code number} with one public {@code message} on each
   * (each child's own workflow: audited, its requester told). Children that cannot move to RESOLVED
   * from where they are (already resolved or closed) are left alone.
   *
   * @return the numbers of the children resolved
   */
  public List<String> resolveChildren(String number, @NotNull String message) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    @SuppressWarnings("unchecked")
    List<String> children =
        em.createNativeQuery(
                "SELECT t.number FROM ticket_link l JOIN ticket t ON t.id = l.to_ticket"
                    + " WHERE l.from_ticket = ?1 AND l.kind = 'PARENT_CHILD'"
                    + " AND t.status NOT IN ('RESOLVED', 'CLOSED') ORDER BY l.id LIMIT ?2")
            .setParameter(1, ticket)
            .setParameter(2, MAX_PAGE)
            .getResultList();
    for (String child : children) {
      TicketDetails d = tickets.comment(child, new NewComment(message, Visibility.PUBLIC), null);
      if (d.allowedTransitions().contains(TicketStatus.RESOLVED)) {
        tickets.transition(child, new TransitionRequest(TicketStatus.RESOLVED, null), d.version());
      }
    }
    return children;
  }

  /** The other ticket of a link, typed with or without its check digit (422 if there is none). */
  private TicketDetails other(String number) {
    try {
      return tickets.get(TicketNumber.parseWithOrWithoutCheckDigit(number).value());
    } catch (DomainException e) {
      if (e.kind() == Kind.NOT_FOUND || e.kind() == Kind.MALFORMED) {
        throw new InvalidFieldException("ticket", "link.unknown", String.valueOf(number));
      }
      throw e;
    }
  }

  /** Whether {@code candidate} is {@code ticket}'s parent, grand-parent, ... */
  private boolean isAncestor(long candidate, long ticket) {
    long current = ticket;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      @SuppressWarnings("unchecked")
      List<Number> parent =
          em.createNativeQuery(
                  "SELECT from_ticket FROM ticket_link WHERE to_ticket = ?1"
                      + " AND kind = 'PARENT_CHILD'")
              .setParameter(1, current)
              .getResultList();
      if (parent.isEmpty()) {
        return false;
      }
      current = parent.get(0).longValue();
      if (current == candidate) {
        return true;
      }
    }
    return true; // deeper than any real incident tree: refuse rather than guess
  }

  /** Two links between the same tickets cannot be made at once (lock order: lower id first). */
  private void lock(long first, long second) {
    em.createNativeQuery("SELECT id FROM ticket WHERE id IN (?1, ?2) ORDER BY id FOR UPDATE")
        .setParameter(1, first)
        .setParameter(2, second)
        .getResultList();
  }

  private long count(String sql, long... ids) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < ids.length; i++) {
      query.setParameter(i + 1, ids[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private DomainException conflict(String key, String message, String number) {
    return new DomainException(Kind.CONFLICT, key, message + ": " + number, number);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
