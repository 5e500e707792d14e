package id.loket.report.control;

import static id.loket.shared.SqlValues.count;
import static id.loket.shared.SqlValues.date;
import static id.loket.shared.SqlValues.decimal;

import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.Count;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the grouped rows of {@link ReportSql}'s statements into the report records: plain Java,
 * tested without a database.
 */
public final class ReportAssembly {

  /** How many repeat requesters and services a report lists. */
  public static final int REPEATS = 10;

  private ReportAssembly() {}

  /**
   * The escalation report from the rows of {@link ReportSql#escalationGroups} (cause, level, team,
   * category, priority, week, status, n) and {@link ReportSql#escalationRepeats}.
   */
  public static EscalationReport escalations(List<Object[]> groups, List<Object[]> repeats) {
    Map<String, Long> byLevel = keys(EscalationReport.LEVELS);
    Map<String, Long> byCause = keys(EscalationReport.CAUSES);
    Map<String, Long> byTeam = new TreeMap<>();
    Map<String, Long> byCategory = new TreeMap<>();
    Map<String, Long> byPriority = new TreeMap<>();
    Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
    long total = 0;
    long open = 0;
    long acknowledged = 0;
    long closed = 0;
    for (Object[] r : groups) {
      String level =
          EscalationReport.level((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue());
      long n = count(r[7]);
      total += n;
      byLevel.merge(level, n, Long::sum);
      byCause.merge(EscalationReport.cause(level), n, Long::sum);
      byTeam.merge(r[2] == null ? "" : (String) r[2], n, Long::sum);
      byCategory.merge((String) r[3], n, Long::sum);
      byPriority.merge((String) r[4], n, Long::sum);
      weeks.computeIfAbsent(date(r[5]), w -> new HashMap<>()).merge(level, n, Long::sum);
      switch ((String) r[6]) {
        case "ACKNOWLEDGED" -> acknowledged += n;
        case "CLOSED" -> closed += n;
        default -> open += n;
      }
    }
    List<SeriesPoint> perWeek = new ArrayList<>();
    weeks.forEach(
        (week, levels) ->
            EscalationReport.LEVELS.forEach(
                l -> perWeek.add(new SeriesPoint(week, l, levels.getOrDefault(l, 0L)))));
    List<Count> requesters = new ArrayList<>();
    List<Count> services = new ArrayList<>();
    for (Object[] r : repeats) {
      boolean service = count(r[0]) == 1; // GROUPING(requester) = 1: the row of a service
      Count c = new Count((String) (service ? r[2] : r[1]), count(r[3]));
      (service ? services : requesters).add(c);
    }
    return new EscalationReport(
        total,
        open,
        acknowledged,
        closed,
        counts(byLevel),
        counts(byCause),
        mostFirst(byTeam),
        mostFirst(byCategory),
        counts(byPriority),
        perWeek,
        top(requesters),
        top(services));
  }

  /**
   * The figure of one target from its total row of {@link ReportSql#slaMet} (target, week, n, met,
   * avg, p90) or null, and its overdue count.
   */
  public static SlaFigure figure(Object[] total, long overdue) {
    if (total == null) {
      return new SlaFigure(0, 0, 0, overdue, null, null, null);
    }
    long n = count(total[2]);
    long met = count(total[3]);
    Double avg = decimal(total[4]);
    Double p90 = decimal(total[5]);
    return new SlaFigure(
        n,
        met,
        n - met,
        overdue,
        SlaFigure.percent(met, n),
        avg == null ? null : Math.round(avg * 10) / 10.0,
        p90 == null ? null : Math.round(p90 * 10) / 10.0);
  }

  /** The weekly trend from the week rows of {@link ReportSql#slaMet}. */
  public static List<SlaWeek> weeks(List<Object[]> rows) {
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    for (Object[] r : rows) {
      if (r[1] == null) {
        continue;
      }
      long[] w = weeks.computeIfAbsent(date(r[1]), d -> new long[4]);
      int at = "FIRST_RESPONSE".equals(r[0]) ? 0 : 2;
      w[at] += count(r[2]);
      w[at + 1] += count(r[3]);
    }
    List<SlaWeek> out = new ArrayList<>();
    weeks.forEach((d, w) -> out.add(new SlaWeek(d, w[0], w[1], w[2], w[3])));
    return out;
  }

  /** Every day from {@code from} to {@code to}, with the rows' counts (day, created, resolved). */
  public static List<DayFlow> flow(LocalDate from, LocalDate to, List<Object[]> rows) {
    Map<LocalDate, long[]> days = new HashMap<>();
    for (Object[] r : rows) {
      days.put(date(r[0]), new long[] {count(r[1]), count(r[2])});
    }
    List<DayFlow> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      long[] n = days.getOrDefault(d, new long[2]);
      out.add(new DayFlow(d, n[0], n[1]));
    }
    return out;
  }

  /**
   * Load per agent and per team from the rows of {@link ReportSql#openLoad} (is_team, assignee,
   * team, n) and {@link ReportSql#resolvedLoad} (is_team, assignee, team, n, avg minutes); agents
   * without an assignee are left out, a ticket without a team counts under "". Most open first.
   */
  public static List<List<AgentLoad>> load(List<Object[]> open, List<Object[]> resolved) {
    Map<String, Object[]> agents = new LinkedHashMap<>();
    Map<String, Object[]> teams = new LinkedHashMap<>();
    for (Object[] r : open) {
      Map<String, Object[]> into = count(r[0]) == 1 ? teams : agents;
      String key = (String) (count(r[0]) == 1 ? r[2] : r[1]);
      if (key == null && into == agents) {
        continue;
      }
      into.computeIfAbsent(key == null ? "" : key, k -> new Object[3])[0] = count(r[3]);
    }
    for (Object[] r : resolved) {
      Map<String, Object[]> into = count(r[0]) == 1 ? teams : agents;
      String key = (String) (count(r[0]) == 1 ? r[2] : r[1]);
      if (key == null && into == agents) {
        continue;
      }
      Object[] v = into.computeIfAbsent(key == null ? "" : key, k -> new Object[3]);
      v[1] = count(r[3]);
      Double avg = decimal(r[4]);
      v[2] = avg == null ? null : Math.round(avg * 10) / 10.0;
    }
    return List.of(loads(agents), loads(teams));
  }

  private static List<AgentLoad> loads(Map<String, Object[]> map) {
    List<AgentLoad> out = new ArrayList<>();
    map.forEach(
        (k, v) ->
            out.add(
                new AgentLoad(
                    k,
                    v[0] == null ? 0 : (Long) v[0],
                    v[1] == null ? 0 : (Long) v[1],
                    (Double) v[2])));
    out.sort(
        Comparator.comparingLong(AgentLoad::open)
            .reversed()
            .thenComparing(Comparator.comparingLong(AgentLoad::resolved).reversed())
            .thenComparing(AgentLoad::agent));
    return out;
  }

  /** Counts of the keys 1 to 5 (every key present) from rows (rating, n). */
  public static List<Count> distribution(List<Object[]> rows) {
    Map<String, Long> m = keys(List.of("1", "2", "3", "4", "5"));
    rows.forEach(r -> m.merge(String.valueOf(count(r[0])), count(r[1]), Long::sum));
    return counts(m);
  }

  private static Map<String, Long> keys(List<String> keys) {
    Map<String, Long> m = new LinkedHashMap<>();
    keys.forEach(k -> m.put(k, 0L));
    return m;
  }

  private static List<Count> counts(Map<String, Long> m) {
    List<Count> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Count(k, v)));
    return out;
  }

  private static List<Count> mostFirst(Map<String, Long> m) {
    List<Count> out = counts(m);
    out.sort(Comparator.comparingLong(Count::n).reversed().thenComparing(Count::key));
    return out;
  }

  private static List<Count> top(List<Count> list) {
    List<Count> out = new ArrayList<>(list);
    out.sort(Comparator.comparingLong(Count::n).reversed().thenComparing(Count::key));
    return out.subList(0, Math.min(REPEATS, out.size()));
  }
}
