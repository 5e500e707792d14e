package id.loket.report.control;

import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The statements of the reports. Each reads one index range of its window (V20: {@code
 * ix_report_*}); the ticket is joined only when a filter or the scope needs its columns. Times are
 * bound as instants; desk days and weeks are taken in the zone given (the display zone).
 */
public final class ReportSql {

  /**
   * Open: any status but resolved and closed (the predicate of the partial open-ticket indexes).
   */
  static final String OPEN = "t.status NOT IN ('RESOLVED', 'CLOSED')";

  private ReportSql() {}

  /**
   * Escalations of the window grouped by cause, SLA level, team, category, priority, week and case
   * status: columns cause, level, team, category, priority, week, status, n. The dimensions are the
   * ticket's when it escalated, kept on the escalation row (V21): no join to the tickets.
   */
  public static Sql escalationGroups(ReportFilter f, ReportScope scope, ZoneId zone) {
    Sql sql =
        new Sql()
            .add("SELECT cause, level, team, category, priority, week, status, count(*) FROM (")
            .add("SELECT e.cause, e.level, e.team, e.category, e.priority, ")
            .add("date_trunc('week', e.escalated_at AT TIME ZONE ")
            .p(zone.getId())
            .add(")::date AS week, e.case_status AS status FROM ticket_escalation e")
            .add(" WHERE e.escalated_at >= ")
            .p(f.start(zone))
            .add(" AND e.escalated_at < ")
            .p(f.end(zone));
    sql.ticketConditions(f, scope, "e");
    return sql.add(") x GROUP BY cause, level, team, category, priority, week, status");
  }

  /**
   * Requesters and services (request type, else category) with two or more escalated tickets in the
   * window: columns is_service (0/1), requester, service, tickets.
   */
  public static Sql escalationRepeats(ReportFilter f, ReportScope scope, ZoneId zone) {
    Sql sql =
        new Sql()
            .add("SELECT GROUPING(requester), requester, service, count(DISTINCT ticket_id) FROM (")
            .add("SELECT e.ticket_id, e.requester, COALESCE(e.request_type, e.category) AS service")
            .add(" FROM ticket_escalation e WHERE e.escalated_at >= ")
            .p(f.start(zone))
            .add(" AND e.escalated_at < ")
            .p(f.end(zone));
    sql.ticketConditions(f, scope, "e");
    return sql.add(") x GROUP BY GROUPING SETS ((requester), (service))")
        .add(" HAVING count(DISTINCT ticket_id) >= 2");
  }

  /**
   * One keyset page of the window's escalations, newest first, before ({@code at}, {@code id}):
   * columns id, escalated_at, number, title, requester, team, category, priority, cause, level,
   * target, status, acknowledged_at.
   */
  public static Sql escalationRows(
      ReportFilter f,
      ReportScope scope,
      ZoneId zone,
      String level,
      Instant at,
      long id,
      int limit) {
    Sql sql =
        new Sql()
            .add("SELECT e.id, e.escalated_at, t.number, t.title, t.requester, t.team, t.category,")
            .add(
                " t.priority, e.cause, e.level, e.target, COALESCE(c.status, 'OPEN'), c.acknowledged_at")
            .add(" FROM ticket_escalation e JOIN ticket t ON t.id = e.ticket_id")
            .add(" LEFT JOIN escalation_case c ON c.escalation_id = e.id")
            .add(" WHERE e.escalated_at >= ")
            .p(f.start(zone))
            .add(" AND e.escalated_at < ")
            .p(f.end(zone))
            .add(" AND (e.escalated_at, e.id) < (")
            .p(at)
            .add(", ")
            .p(id)
            .add(")");
    if (level != null) {
      int n = EscalationReport.LEVELS.indexOf(level);
      if (n == 4) {
        sql.add(" AND e.cause = 'REQUESTER'");
      } else {
        sql.add(" AND e.cause = 'SLA' AND e.level = ").p(n + 1);
      }
    }
    sql.ticketConditions(f, scope, "e");
    return sql.add(" ORDER BY e.escalated_at DESC, e.id DESC LIMIT ").p(limit);
  }

  /**
   * First-response and resolution clocks met in the window, per target and per target and week:
   * columns target, week (null on the target's total), completed, met in time, average and 90th
   * percentile of business seconds.
   */
  public static Sql slaMet(ReportFilter f, ReportScope scope, ZoneId zone) {
    boolean join = Sql.narrows(f, scope);
    Sql sql =
        new Sql()
            .add("SELECT target, week, count(*), count(*) FILTER (WHERE in_time),")
            .add(
                " avg(business_seconds), percentile_cont(0.9) WITHIN GROUP (ORDER BY business_seconds)")
            .add(" FROM (SELECT s.target, date_trunc('week', s.met_at AT TIME ZONE ")
            .p(zone.getId())
            .add(")::date AS week, (s.due_at IS NULL OR s.met_at <= s.due_at) AS in_time,")
            .add(" s.business_seconds FROM ticket_sla s")
            .add(join ? " JOIN ticket t ON t.id = s.ticket_id" : "")
            .add(" WHERE s.target IN ('FIRST_RESPONSE', 'RESOLUTION') AND s.met_at IS NOT NULL")
            .add(" AND s.met_at >= ")
            .p(f.start(zone))
            .add(" AND s.met_at < ")
            .p(f.end(zone));
    if (join) {
      sql.ticketConditions(f, scope, "t");
    }
    return sql.add(") x GROUP BY GROUPING SETS ((target), (target, week))");
  }

  /**
   * Live clocks whose due instant passed inside the window, before {@code now}: columns target, n.
   */
  public static Sql slaOverdue(ReportFilter f, ReportScope scope, ZoneId zone, Instant now) {
    boolean join = Sql.narrows(f, scope);
    Instant end = f.end(zone).isBefore(now) ? f.end(zone) : now;
    Sql sql =
        new Sql()
            .add("SELECT s.target, count(*) FROM ticket_sla s")
            .add(join ? " JOIN ticket t ON t.id = s.ticket_id" : "")
            .add(" WHERE s.target IN ('FIRST_RESPONSE', 'RESOLUTION')")
            .add(" AND s.met_at IS NULL AND s.stopped_at IS NULL AND s.due_at >= ")
            .p(f.start(zone))
            .add(" AND s.due_at < ")
            .p(end);
    if (join) {
      sql.ticketConditions(f, scope, "t");
    }
    return sql.add(" GROUP BY s.target");
  }

  /**
   * Open tickets by age bucket and status, ages counted back from {@code now}: bucket, status, n.
   */
  public static Sql backlogAges(ReportFilter f, ReportScope scope, Instant now) {
    Sql sql =
        new Sql()
            .add("SELECT CASE WHEN t.created_at > ")
            .p(now.minusSeconds(86_400))
            .add(" THEN 'D0_1' WHEN t.created_at > ")
            .p(now.minusSeconds(3 * 86_400))
            .add(" THEN 'D1_3' WHEN t.created_at > ")
            .p(now.minusSeconds(7 * 86_400))
            .add(" THEN 'D3_7' WHEN t.created_at > ")
            .p(now.minusSeconds(30 * 86_400))
            .add(" THEN 'D7_30' ELSE 'D30_' END AS bucket, t.status, count(*) FROM ticket t WHERE ")
            .add(OPEN);
    sql.ticketConditions(f, scope, "t");
    return sql.add(" GROUP BY 1, 2");
  }

  /**
   * Tickets created and resolved per desk day of the window from the rollup (folded rows plus the
   * deltas not folded yet): day, created, resolved. Only for filters the rollup has (team,
   * category, priority, channel, scope); see {@link #rollupServes}.
   */
  public static Sql flowRollup(ReportFilter f, ReportScope scope) {
    Sql sql = new Sql().add("SELECT day, sum(created), sum(resolved) FROM (");
    for (String table : new String[] {"report_day", "report_day_delta"}) {
      if (table.endsWith("delta")) {
        sql.add(" UNION ALL ");
      }
      sql.add("SELECT r.day, r.created, r.resolved FROM ")
          .add(table)
          .add(" r WHERE r.day >= ")
          .p(f.from())
          .add(" AND r.day <= ")
          .p(f.to())
          .eq("r.team", f.team())
          .eq("r.category", f.category())
          .eq("r.priority", f.priority())
          .eq("r.channel", f.channel())
          .in("r.team", scope);
    }
    return sql.add(") x GROUP BY day");
  }

  /** Whether the rollup has every dimension the filter narrows by. */
  public static boolean rollupServes(ReportFilter f) {
    return f.agent() == null && f.requestType() == null;
  }

  /** The same as {@link #flowRollup}, counted live over the tickets: day, created, resolved. */
  public static Sql flowLive(ReportFilter f, ReportScope scope, ZoneId zone) {
    Sql sql = new Sql().add("SELECT day, sum(c), sum(r) FROM (");
    sql.add("SELECT (t.created_at AT TIME ZONE ")
        .p(zone.getId())
        .add(")::date AS day, 1 AS c, 0 AS r FROM ticket t WHERE t.created_at >= ")
        .p(f.start(zone))
        .add(" AND t.created_at < ")
        .p(f.end(zone));
    sql.ticketConditions(f, scope, "t");
    sql.add(" UNION ALL SELECT (t.resolved_at AT TIME ZONE ")
        .p(zone.getId())
        .add(")::date, 0, 1 FROM ticket t WHERE t.resolved_at >= ")
        .p(f.start(zone))
        .add(" AND t.resolved_at < ")
        .p(f.end(zone));
    sql.ticketConditions(f, scope, "t");
    return sql.add(") x GROUP BY day");
  }

  /** Status changes to REOPENED in the window: n. */
  public static Sql reopened(ReportFilter f, ReportScope scope, ZoneId zone) {
    boolean join = Sql.narrows(f, scope);
    Sql sql =
        new Sql()
            .add("SELECT count(*) FROM ticket_audit a")
            .add(join ? " JOIN ticket t ON t.id = a.ticket_id" : "")
            .add(" WHERE a.field_name = 'status' AND a.new_value = '\"REOPENED\"'::jsonb")
            .add(" AND a.changed_at >= ")
            .p(f.start(zone))
            .add(" AND a.changed_at < ")
            .p(f.end(zone));
    if (join) {
      sql.ticketConditions(f, scope, "t");
    }
    return sql;
  }

  /** Open tickets in scope: n. */
  public static Sql openCount(ReportFilter f, ReportScope scope) {
    return new Sql()
        .add("SELECT count(*) FROM ticket t WHERE ")
        .add(OPEN)
        .ticketConditions(f, scope, "t");
  }

  /**
   * One page of open tickets, oldest first, after ({@code at}, {@code id}): id, number, title,
   * status, team, assignee, priority, created_at.
   */
  public static Sql oldest(ReportFilter f, ReportScope scope, Instant at, long id, int limit) {
    Sql sql =
        new Sql()
            .add(
                "SELECT t.id, t.number, t.title, t.status, t.team, t.assignee, t.priority, t.created_at")
            .add(" FROM ticket t WHERE ")
            .add(OPEN)
            .add(" AND (t.created_at, t.id) > (")
            .p(at)
            .add(", ")
            .p(id)
            .add(")");
    sql.ticketConditions(f, scope, "t");
    return sql.add(" ORDER BY t.created_at, t.id LIMIT ").p(limit);
  }

  /** Ratings given in the window: rating, n. */
  public static Sql ratings(ReportFilter f, ReportScope scope, ZoneId zone) {
    boolean join = Sql.narrows(f, scope);
    Sql sql =
        new Sql()
            .add("SELECT r.rating, count(*) FROM ticket_satisfaction r")
            .add(join ? " JOIN ticket t ON t.id = r.ticket_id" : "")
            .add(" WHERE r.rated_at >= ")
            .p(f.start(zone))
            .add(" AND r.rated_at < ")
            .p(f.end(zone));
    if (join) {
      sql.ticketConditions(f, scope, "t");
    }
    return sql.add(" GROUP BY r.rating");
  }

  /**
   * One page of low ratings (1, 2) of the window, newest first, before ({@code at}, {@code id}):
   * id, number, rating, comment, rated_by, rated_at, team, assignee.
   */
  public static Sql lowRatings(
      ReportFilter f, ReportScope scope, ZoneId zone, Instant at, long id, int limit) {
    Sql sql =
        new Sql()
            .add(
                "SELECT r.id, t.number, r.rating, r.comment, r.rated_by, r.rated_at, t.team, t.assignee")
            .add(" FROM ticket_satisfaction r JOIN ticket t ON t.id = r.ticket_id")
            .add(" WHERE r.rating <= 2 AND r.rated_at >= ")
            .p(f.start(zone))
            .add(" AND r.rated_at < ")
            .p(f.end(zone))
            .add(" AND (r.rated_at, r.id) < (")
            .p(at)
            .add(", ")
            .p(id)
            .add(")");
    sql.ticketConditions(f, scope, "t");
    return sql.add(" ORDER BY r.rated_at DESC, r.id DESC LIMIT ").p(limit);
  }

  /** Open tickets per assignee and per team: is_team (0/1), assignee, team, n. */
  public static Sql openLoad(ReportFilter f, ReportScope scope) {
    Sql sql =
        new Sql()
            .add("SELECT GROUPING(t.assignee), t.assignee, t.team, count(*) FROM ticket t WHERE ")
            .add(OPEN);
    sql.ticketConditions(f, scope, "t");
    return sql.add(" GROUP BY GROUPING SETS ((t.assignee), (t.team))");
  }

  /**
   * Tickets resolved in the window per assignee and per team, with the average minutes logged on
   * those that have logged time: is_team (0/1), assignee, team, resolved, average minutes.
   */
  public static Sql resolvedLoad(ReportFilter f, ReportScope scope, ZoneId zone) {
    Sql sql =
        new Sql()
            .add("SELECT GROUPING(t.assignee), t.assignee, t.team, count(*), avg(m.minutes)")
            .add(" FROM ticket t LEFT JOIN LATERAL (SELECT sum(c.minutes_spent) AS minutes")
            .add(
                " FROM ticket_comment c WHERE c.ticket_id = t.id AND c.minutes_spent IS NOT NULL) m ON TRUE")
            .add(" WHERE t.resolved_at >= ")
            .p(f.start(zone))
            .add(" AND t.resolved_at < ")
            .p(f.end(zone));
    sql.ticketConditions(f, scope, "t");
    return sql.add(" GROUP BY GROUPING SETS ((t.assignee), (t.team))");
  }
}
