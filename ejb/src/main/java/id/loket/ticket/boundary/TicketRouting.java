package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.identity.entity.Roles;
import id.loket.routing.boundary.Routing;
import id.loket.routing.boundary.RoutingRecord;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import id.loket.team.boundary.Teams;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketRouter;
import id.loket.ticket.control.TicketStore;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The routing of a ticket as staff see and redo it: its decisions with their traces (newest first),
 * and "route again now", e.g. after its category or type was corrected. Staff only: a requester or
 * watcher gets 404, as for a ticket they may not see — the trace names agents and their load.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketRouting {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject TicketRouter router;
  @Inject TicketTrail trail;
  @Inject TicketStore store;
  @Inject TicketEvents events;
  @EJB Routing routing;
  @EJB Catalog catalog;
  @EJB Teams teams;

  /** The routing decisions of a ticket, newest first, with the trace in {@code locale}. */
  public Page<RoutingRecord> decisions(String number, String before, int limit, Locale locale) {
    Ticket ticket = load(number, null);
    return routing.decisions(ticket.getId(), before, limit, locale);
  }

  /**
   * Routes the ticket again with the rules and rosters of now; a new decision is recorded, and team
   * and assignee changes land in the history.
   *
   * @param expectedVersion the version the caller's copy shows (412 if stale)
   */
  public TicketDetails reroute(String number, long expectedVersion) {
    Ticket ticket = load(number, expectedVersion);
    String me = session.getCallerPrincipal().getName();
    Instant now = clock.instant();
    TicketStatus from = ticket.getStatus();
    router.route(ticket, catalog.firstTeam(ticket.getRequestType()), me, now);
    List<Change> changes = trail.record(ticket);
    em.flush();
    if (changes.stream().anyMatch(c -> Change.FIELD_ASSIGNEE.equals(c.field()))) {
      events.assigned(ticket);
    }
    if (changes.stream().anyMatch(c -> Change.FIELD_STATUS.equals(c.field()))) {
      events.statusChanged(ticket, from.name(), me);
    }
    return TicketDetails.of(ticket, allowed(ticket));
  }

  /**
   * Moves the ticket to another active team by hand (staff; 422 on {@code team} otherwise), as a
   * bulk action or from the ticket page; the team change is audited like any other. Its assignee
   * stays: whoever holds it decides whether to hand it on.
   *
   * @param expectedVersion the version the caller's copy shows (412 if stale)
   */
  public TicketDetails moveToTeam(String number, String team, long expectedVersion) {
    Ticket ticket = load(number, expectedVersion);
    String code = team == null ? null : team.strip();
    if (!teams.exists(code)) {
      throw new InvalidFieldException("team", "ticket.team.unknown", code);
    }
    ticket.route(code, null, session.getCallerPrincipal().getName(), clock.instant());
    trail.record(ticket);
    em.flush();
    return TicketDetails.of(ticket, allowed(ticket));
  }

  private static EnumSet<TicketStatus> allowed(Ticket t) {
    EnumSet<TicketStatus> all = EnumSet.noneOf(TicketStatus.class);
    all.addAll(t.getStatus().allowedNext());
    return all;
  }

  private Ticket load(String number, Long expectedVersion) {
    TicketNumber parsed = TicketNumber.parse(number);
    if (!staff()) {
      throw new TicketNotFoundException(parsed.value());
    }
    Ticket ticket =
        store.byNumber(parsed).orElseThrow(() -> new TicketNotFoundException(parsed.value()));
    ticket.requireVersion(expectedVersion);
    return ticket;
  }

  private boolean staff() {
    return Roles.isStaff(session::isCallerInRole);
  }
}
