package id.loket.report.boundary;

import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.report.control.ReportReader;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaReport;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The manager reports, for team leads (the teams they lead), managers and administrators (all
 * teams); requesters and agents are refused by the container. Every method takes a {@link
 * ReportFilter} (validated: a bad one is a 422); a filter on a team outside a lead's teams is a
 * 403. Lists are keyset pages ({@code cursor} from the previous page, {@code limit} at most {@link
 * #MAX_PAGE}). The one place that decides who sees which tickets in a report is {@link #scope()}:
 * every statement is narrowed by it.
 */
@Stateless
@DeclareRoles({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Reports {

  public static final int MAX_PAGE = 1000;

  @Resource SessionContext session;
  @EJB Teams teams;
  @Inject LoketConfig config;
  @Inject Clock clock;
  @Inject ReportReader reader;

  /** The zone of desk days and weeks (the display zone). */
  public ZoneId zone() {
    return config.displayZone();
  }

  /** The last 30 desk days up to today, no other filter. */
  public ReportFilter defaults() {
    return ReportFilter.lastDays(LocalDate.now(clock.withZone(zone())), ReportFilter.DEFAULT_DAYS);
  }

  /** The caller's scope: all teams (managers, administrators), or the teams they lead. */
  public ReportScope scope() {
    if (session.isCallerInRole(Roles.MANAGER) || session.isCallerInRole(Roles.ADMIN)) {
      return ReportScope.everything();
    }
    return ReportScope.teams(teams.teamsLedBy(session.getCallerPrincipal().getName()));
  }

  public Dashboard dashboard(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.dashboard(checked(filter, scope), scope, zone(), clock.instant());
  }

  public EscalationReport escalations(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.escalations(checked(filter, scope), scope, zone());
  }

  /**
   * The escalations of the window, newest first; of one level key only if {@code level} is given (a
   * bar of the escalation chart: see {@link EscalationReport#LEVELS}).
   */
  public Page<EscalationRow> escalationRows(
      ReportFilter filter, String level, String cursor, int limit) {
    if (level != null && !EscalationReport.LEVELS.contains(level)) {
      throw new InvalidFieldException("level", "report.filter.level", level);
    }
    ReportScope scope = scope();
    return reader.escalationRows(checked(filter, scope), scope, zone(), level, cursor, max(limit));
  }

  public SlaReport sla(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.sla(checked(filter, scope), scope, zone(), clock.instant());
  }

  public BacklogReport backlog(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.backlog(checked(filter, scope), scope, zone(), clock.instant());
  }

  /** Open tickets, oldest first (the window does not apply; the other filters do). */
  public Page<OldestRow> oldest(ReportFilter filter, String cursor, int limit) {
    ReportScope scope = scope();
    return reader.oldest(checked(filter, scope), scope, cursor, max(limit));
  }

  public SatisfactionReport satisfaction(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.satisfaction(checked(filter, scope), scope, zone());
  }

  /** Ratings of 1 or 2 given in the window, newest first, with their comments. */
  public Page<RatingRow> lowRatings(ReportFilter filter, String cursor, int limit) {
    ReportScope scope = scope();
    return reader.lowRatings(checked(filter, scope), scope, zone(), cursor, max(limit));
  }

  public LoadReport load(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.load(checked(filter, scope), scope, zone());
  }

  /**
   * Inflow and outflow per day counted live over the tickets, bypassing the rollup: what the rollup
   * must always equal (administrators check it; the tests compare the two).
   */
  @RolesAllowed(Roles.ADMIN)
  public List<DayFlow> flowRecount(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.flowLive(checked(filter, scope), scope, zone());
  }

  /** Inflow and outflow per day from the rollup (whatever the filter's other dimensions). */
  @RolesAllowed(Roles.ADMIN)
  public List<DayFlow> flowRollup(ReportFilter filter) {
    ReportScope scope = scope();
    return reader.flowRollup(checked(filter, scope), scope);
  }

  /** Team codes a filter may name: the lead's teams, or all active teams. */
  public List<String> teams() {
    ReportScope scope = scope();
    return scope.all() ? teams.active().stream().map(TeamName::code).toList() : scope.teams();
  }

  private static ReportFilter checked(ReportFilter filter, ReportScope scope) {
    if (filter == null) {
      throw new InvalidFieldException("from", "report.filter.from.missing");
    }
    ReportFilter f = filter.validated();
    if (f.team() != null && !scope.covers(f.team())) {
      throw new NotPermittedException(
          "report.team.forbidden", "Not a team of yours: " + f.team(), f.team());
    }
    return f;
  }

  private static int max(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }
}
