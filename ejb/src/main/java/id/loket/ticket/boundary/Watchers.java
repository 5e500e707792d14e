package id.loket.ticket.boundary;

import static id.loket.shared.SqlValues.instant;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.Visibility;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Watchers of a ticket: colleagues who follow it (read it and its public conversation, reply, get
 * its notifications) without being its requester. The requester and staff add and remove them; a
 * watcher may remove themselves. Read access itself is decided in one place, {@link TicketService};
 * this class only keeps the list.
 *
 * <p>Watchers are not part of the ticket's version: adding one is idempotent (adding a watcher
 * twice changes nothing), removing one is idempotent too, and neither changes what the ticket says
 * — so neither needs nor bumps the ticket's {@code If-Match} version. Each change is recorded in
 * the ticket's history (field {@code watcher}).
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Watchers {

  /** At most this many watchers per ticket (the list is read whole, by primary key). */
  public static final int MAX = 50;

  public static final String FIELD_WATCHER = "watcher";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @EJB TicketService tickets;
  @EJB SimilarTickets similar;
  @EJB UserDirectory directory;

  /** The watchers of a ticket the caller may read (404 otherwise), by user name. */
  public List<WatcherView> of(String number) {
    tickets.get(number); // 404 unless the caller may read it
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT w.username, w.added_by, w.added_at FROM ticket_watcher w"
                    + " JOIN ticket t ON t.id = w.ticket_id WHERE t.number = ?1"
                    + " ORDER BY w.username LIMIT "
                    + MAX)
            .setParameter(1, TicketNumber.parse(number).value())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new WatcherView(
                    (String) r[0], directory.label((String) r[0]), (String) r[1], instant(r[2])))
        .toList();
  }

  /**
   * Lets {@code username} (an active user) watch the ticket. Only its requester and staff may; the
   * requester cannot watch their own ticket (422), a ticket has at most {@link #MAX}.
   */
  public List<WatcherView> add(String number, @NotNull @Valid NewWatcher request) {
    String username = request.getUsername();
    TicketDetails ticket = tickets.get(number);
    String me = session.getCallerPrincipal().getName();
    if (!staff() && !ticket.requester().equals(me)) {
      throw new NotPermittedException(
          "watcher.add.forbidden", "Only the requester and staff can add watchers");
    }
    String user = username == null ? "" : username.strip();
    if (!directory.isActive(user)) {
      throw new InvalidFieldException("username", "watcher.user.unknown", user);
    }
    if (user.equals(ticket.requester())) {
      throw new InvalidFieldException("username", "watcher.user.requester", user);
    }
    insert(ticket.number(), user, me);
    return of(number);
  }

  /**
   * Stops {@code username} watching the ticket: its requester and staff may remove anyone, a
   * watcher themselves. Removing someone who does not watch changes nothing.
   */
  public void remove(String number, String username) {
    TicketDetails ticket = tickets.get(number);
    String me = session.getCallerPrincipal().getName();
    if (!staff() && !ticket.requester().equals(me) && !me.equals(username)) {
      throw new NotPermittedException(
          "watcher.remove.forbidden", "Only the requester, staff or the watcher can do this");
    }
    long id = ticketId(ticket.number());
    int removed =
        em.createNativeQuery("DELETE FROM ticket_watcher WHERE ticket_id = ?1 AND username = ?2")
            .setParameter(1, id)
            .setParameter(2, username)
            .executeUpdate();
    if (removed > 0) {
      em.persist(AuditEntry.of(id, new Change(clock.instant(), me, FIELD_WATCHER, username, null)));
    }
  }

  /**
   * "Add my report to this ticket": instead of opening a new ticket, the caller's text becomes a
   * public reply on ticket {@code number} and the caller (if they could not read it yet) its
   * watcher. Only for a ticket the duplicate guard shows the caller for this text and category (404
   * otherwise: a number alone does not let anyone in).
   */
  public TicketDetails join(String number, @NotNull @Valid TicketReport report) {
    String value = TicketNumber.parse(number).value();
    String text = report.getText();
    String category = report.getCategory();
    List<SimilarTicket> shown = similar.find(text, category, SimilarTickets.MAX);
    SimilarTicket hit =
        shown.stream()
            .filter(s -> s.number().equals(value))
            .findFirst()
            .orElseThrow(() -> new TicketNotFoundException(value));
    if (!hit.yours()) {
      insert(value, session.getCallerPrincipal().getName(), session.getCallerPrincipal().getName());
    }
    return tickets.comment(value, new NewComment(text, Visibility.PUBLIC), null);
  }

  private void insert(String number, String user, String by) {
    long id = ticketId(number);
    Number count =
        (Number)
            em.createNativeQuery("SELECT count(*) FROM ticket_watcher WHERE ticket_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    if (count.intValue() >= MAX) {
      throw new DomainException(
          Kind.CONFLICT, "watcher.full", "The ticket has enough watchers", MAX);
    }
    Instant now = clock.instant();
    int added =
        em.createNativeQuery(
                "INSERT INTO ticket_watcher (ticket_id, username, added_by, added_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, id)
            .setParameter(2, user)
            .setParameter(3, by)
            .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    if (added > 0) {
      em.persist(AuditEntry.of(id, new Change(now, by, FIELD_WATCHER, null, user)));
    }
  }

  private long ticketId(String number) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM ticket WHERE number = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }

  private boolean staff() {
    return Roles.isStaff(session::isCallerInRole);
  }
}
