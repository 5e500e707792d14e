package id.loket.report.control;

import static id.loket.shared.SqlValues.count;
import static id.loket.shared.SqlValues.instant;

import id.loket.report.entity.AgeCount;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.Kpis;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import id.loket.shared.Keyset;
import id.loket.shared.Page;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the report statements in the caller's transaction for an explicit scope, zone and instant
 * "now": the boundary passes the caller's scope, the digest sweeper the subscriber's. A scope with
 * no team gives empty reports without asking the database.
 */
@Dependent
public class ReportReader {

  /** The first cursor of an oldest-first list. */
  private static final Keyset OLDEST_START = new Keyset(Instant.parse("0001-01-01T00:00:00Z"), 0);

  /**
   * Memory for sorts and hashes of a report's statements, for its transaction only: with the
   * server's default (4 MB) the distinct tickets of 100,000 escalations spill to disk.
   */
  static final String WORK_MEM = "32MB";

  @PersistenceContext EntityManager em;

  public EscalationReport escalations(ReportFilter f, ReportScope scope, ZoneId zone) {
    analytic();
    return ReportAssembly.escalations(
        rows(ReportSql.escalationGroups(f, scope, zone)),
        rows(ReportSql.escalationRepeats(f, scope, zone, false)),
        rows(ReportSql.escalationRepeats(f, scope, zone, true)));
  }

  public Page<EscalationRow> escalationRows(
      ReportFilter f, ReportScope scope, ZoneId zone, String level, String cursor, int limit) {
    Keyset from = Keyset.parse(cursor);
    List<Object[]> rows =
        rows(ReportSql.escalationRows(f, scope, zone, level, from.at(), from.id(), limit + 1));
    List<EscalationRow> items = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      items.add(
          new EscalationRow(
              count(r[0]),
              instant(r[1]),
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              EscalationReport.level(
                  (String) r[8], r[9] == null ? null : ((Number) r[9]).intValue()),
              (String) r[10],
              (String) r[11],
              instant(r[12])));
    }
    EscalationRow last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new Page<>(items, rows.size() > limit ? Keyset.of(last.escalatedAt(), last.id()) : null);
  }

  public SlaReport sla(ReportFilter f, ReportScope scope, ZoneId zone, Instant now) {
    analytic();
    return slaFigures(f, scope, zone, now);
  }

  private SlaReport slaFigures(ReportFilter f, ReportScope scope, ZoneId zone, Instant now) {
    List<Object[]> met = rows(ReportSql.slaMet(f, scope, zone));
    long frOverdue = 0;
    long resOverdue = 0;
    for (Object[] r : rows(ReportSql.slaOverdue(f, scope, zone, now))) {
      if ("FIRST_RESPONSE".equals(r[0])) {
        frOverdue = count(r[1]);
      } else {
        resOverdue = count(r[1]);
      }
    }
    return new SlaReport(
        ReportAssembly.figure(total(met, "FIRST_RESPONSE"), frOverdue),
        ReportAssembly.figure(total(met, "RESOLUTION"), resOverdue),
        ReportAssembly.weeks(met));
  }

  public BacklogReport backlog(ReportFilter f, ReportScope scope, ZoneId zone, Instant now) {
    analytic();
    List<AgeCount> ages = new ArrayList<>();
    long open = 0;
    for (Object[] r : rows(ReportSql.backlogAges(f, scope, now))) {
      long n = count(r[2]);
      open += n;
      ages.add(new AgeCount((String) r[0], (String) r[1], n));
    }
    ages.sort(
        Comparator.comparingInt((AgeCount a) -> BacklogReport.BUCKETS.indexOf(a.bucket()))
            .thenComparing(AgeCount::status));
    List<DayFlow> flow = flow(f, scope, zone);
    long resolved = flow.stream().mapToLong(DayFlow::resolved).sum();
    long reopened = count(single(ReportSql.reopened(f, scope, zone)));
    return new BacklogReport(open, ages, flow, reopened, resolved);
  }

  /** Inflow and outflow per day: from the rollup where it has the filter's dimensions. */
  public List<DayFlow> flow(ReportFilter f, ReportScope scope, ZoneId zone) {
    return ReportSql.rollupServes(f) ? flowRollup(f, scope) : liveFlow(f, scope, zone);
  }

  public List<DayFlow> flowRollup(ReportFilter f, ReportScope scope) {
    return ReportAssembly.flow(f.from(), f.to(), rows(ReportSql.flowRollup(f, scope)));
  }

  public List<DayFlow> flowLive(ReportFilter f, ReportScope scope, ZoneId zone) {
    analytic();
    return liveFlow(f, scope, zone);
  }

  private List<DayFlow> liveFlow(ReportFilter f, ReportScope scope, ZoneId zone) {
    return ReportAssembly.flow(f.from(), f.to(), rows(ReportSql.flowLive(f, scope, zone)));
  }

  public Page<OldestRow> oldest(ReportFilter f, ReportScope scope, String cursor, int limit) {
    Keyset from = cursor == null || cursor.isBlank() ? OLDEST_START : Keyset.parse(cursor);
    List<Object[]> rows = rows(ReportSql.oldest(f, scope, from.at(), from.id(), limit + 1));
    List<OldestRow> items = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      items.add(
          new OldestRow(
              count(r[0]),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              instant(r[7])));
    }
    OldestRow last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new Page<>(items, rows.size() > limit ? Keyset.of(last.createdAt(), last.id()) : null);
  }

  public SatisfactionReport satisfaction(ReportFilter f, ReportScope scope, ZoneId zone) {
    List<Count> dist = ReportAssembly.distribution(rows(ReportSql.ratings(f, scope, zone)));
    long n = dist.stream().mapToLong(Count::n).sum();
    long sum = dist.stream().mapToLong(c -> Long.parseLong(c.key()) * c.n()).sum();
    return new SatisfactionReport(n, n == 0 ? null : Math.round(sum * 100.0 / n) / 100.0, dist);
  }

  public Page<RatingRow> lowRatings(
      ReportFilter f, ReportScope scope, ZoneId zone, String cursor, int limit) {
    Keyset from = Keyset.parse(cursor);
    List<Object[]> rows =
        rows(ReportSql.lowRatings(f, scope, zone, from.at(), from.id(), limit + 1));
    List<RatingRow> items = new ArrayList<>();
    for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
      items.add(
          new RatingRow(
              count(r[0]),
              (String) r[1],
              (int) count(r[2]),
              (String) r[3],
              (String) r[4],
              instant(r[5]),
              (String) r[6],
              (String) r[7]));
    }
    RatingRow last = items.isEmpty() ? null : items.get(items.size() - 1);
    return new Page<>(items, rows.size() > limit ? Keyset.of(last.ratedAt(), last.id()) : null);
  }

  public LoadReport load(ReportFilter f, ReportScope scope, ZoneId zone) {
    analytic();
    var both =
        ReportAssembly.load(
            rows(ReportSql.openLoad(f, scope)), rows(ReportSql.resolvedLoad(f, scope, zone)));
    return new LoadReport(both.get(0), both.get(1));
  }

  public Dashboard dashboard(ReportFilter f, ReportScope scope, ZoneId zone, Instant now) {
    analytic();
    // the tiles and the weekly chart need no repeat lists
    EscalationReport esc =
        ReportAssembly.escalations(
            rows(ReportSql.escalationGroups(f, scope, zone)), List.of(), List.of());
    SlaReport sla = slaFigures(f, scope, zone, now);
    List<DayFlow> flow = flow(f, scope, zone);
    long backlog = count(single(ReportSql.openCount(f, scope)));
    SatisfactionReport sat = satisfaction(f, scope, zone);
    SlaFigure fr = sla.firstResponse();
    SlaFigure res = sla.resolution();
    Kpis kpis =
        new Kpis(
            esc.total(),
            esc.open(),
            fr.percentMet(),
            res.percentMet(),
            backlog,
            flow.stream().mapToLong(DayFlow::created).sum(),
            flow.stream().mapToLong(DayFlow::resolved).sum(),
            sat.average(),
            sat.ratings());
    return new Dashboard(kpis, esc.perWeek(), flow, sla.weeks());
  }

  private static Object[] total(List<Object[]> rows, String target) {
    return rows.stream().filter(r -> r[1] == null && target.equals(r[0])).findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(Sql sql) {
    List<?> list = query(sql).getResultList();
    List<Object[]> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add(o instanceof Object[] a ? a : new Object[] {o});
    }
    return out;
  }

  /** Sets {@link #WORK_MEM} for the rest of the caller's transaction (SET LOCAL). */
  private void analytic() {
    em.createNativeQuery("SELECT set_config('work_mem', ?1, true)")
        .setParameter(1, WORK_MEM)
        .getSingleResult();
  }

  private Object single(Sql sql) {
    return query(sql).getSingleResult();
  }

  private Query query(Sql sql) {
    Query q = em.createNativeQuery(sql.text());
    List<Object> params = sql.params();
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return q;
  }
}
