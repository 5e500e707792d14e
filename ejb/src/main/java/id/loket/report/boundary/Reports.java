package id.loket.report.boundary;

import id.loket.identity.entity.Roles;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaReport;
import id.loket.shared.Page;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.time.ZoneId;
import java.util.List;

/**
 * The manager reports, for team leads (the teams they lead), managers and administrators (all
 * teams); requesters and agents are refused by the container. Every method takes a {@link
 * ReportFilter} (validated: a bad one is a 422); a filter on a team outside a lead's teams is a
 * 403. Lists are keyset pages ({@code cursor} from the previous page, {@code limit} at most {@link
 * #MAX_PAGE}).
 */
@Stateless
@DeclareRoles({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Reports {

  public static final int MAX_PAGE = 1000;

  /** The zone of desk days and weeks (the display zone). */
  public ZoneId zone() {
    throw new UnsupportedOperationException();
  }

  /** The last 30 desk days up to today, no other filter. */
  public ReportFilter defaults() {
    throw new UnsupportedOperationException();
  }

  /** The caller's scope: all teams, or the teams they lead. */
  public ReportScope scope() {
    throw new UnsupportedOperationException();
  }

  public Dashboard dashboard(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  public EscalationReport escalations(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  /**
   * The escalations of the window, newest first; of one level key only if {@code level} is given (a
   * bar of the escalation chart: see {@link EscalationReport#LEVELS}).
   */
  public Page<EscalationRow> escalationRows(
      ReportFilter filter, String level, String cursor, int limit) {
    throw new UnsupportedOperationException();
  }

  public SlaReport sla(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  public BacklogReport backlog(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  /** Open tickets, oldest first (the window does not apply; the other filters do). */
  public Page<OldestRow> oldest(ReportFilter filter, String cursor, int limit) {
    throw new UnsupportedOperationException();
  }

  public SatisfactionReport satisfaction(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  /** Ratings of 1 or 2 given in the window, newest first, with their comments. */
  public Page<RatingRow> lowRatings(ReportFilter filter, String cursor, int limit) {
    throw new UnsupportedOperationException();
  }

  public LoadReport load(ReportFilter filter) {
    throw new UnsupportedOperationException();
  }

  /** Team codes a filter may name: the lead's teams, or all active teams. */
  public List<String> teams() {
    throw new UnsupportedOperationException();
  }
}
