import id.loket.report.control.ReportSql;
import id.loket.report.control.Sql;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report benchmark's driver (src/bench/report-bench), compiled with the ejb sources so that it
 * times exactly the statements id.loket.report.control.ReportSql builds, composed per report as
 * ReportReader composes them (a manager's scope: all teams):
 *
 * <pre>
 *   window JDBC DAYS [TEAM]       -> "from to team": DAYS desk days ending at the newest ticket's day
 *   sql JDBC FROM TO TEAM ITER WARM OUT   time each report's statements (one transaction, like the EJB)
 *   http BASE USER:PW FROM TO TEAM ITER WARM OUT   time GET /api/reports/... on the loopback
 *   print                         -> sql/reports-1m.sql (EXPLAIN (ANALYZE, BUFFERS) of each statement)
 * </pre>
 *
 * Result lines: {@code RESULT report variant n p50 p95 max extra} (ms; extra = statements per
 * report, or bytes per response).
 */
public class ReportBench {

  static final ZoneId ZONE = ZoneId.of("Asia/Jakarta"); // loket.display.zone's default
  static final int LIMIT = 50; // the REST API's default page size
  static final Instant KEYSET_START = Instant.parse("9999-12-31T00:00:00Z"); // Keyset.START
  static final Instant OLDEST_START = Instant.parse("0001-01-01T00:00:00Z"); // ReportReader's

  /** The reports and their statements, in ReportReader's order. */
  static Map<String, Function<Ctx, List<Sql>>> reports() {
    Map<String, Function<Ctx, List<Sql>>> m = new LinkedHashMap<>();
    m.put("dashboard", c -> List.of(
        ReportSql.escalationGroups(c.f, c.s, ZONE), ReportSql.escalationRepeats(c.f, c.s, ZONE),
        ReportSql.slaMet(c.f, c.s, ZONE), ReportSql.slaOverdue(c.f, c.s, ZONE, c.now),
        ReportSql.flowRollup(c.f, c.s), ReportSql.openCount(c.f, c.s), ReportSql.ratings(c.f, c.s, ZONE)));
    m.put("escalations", c -> List.of(
        ReportSql.escalationGroups(c.f, c.s, ZONE), ReportSql.escalationRepeats(c.f, c.s, ZONE)));
    m.put("escalations/rows", c -> List.of(
        ReportSql.escalationRows(c.f, c.s, ZONE, null, KEYSET_START, Long.MAX_VALUE, LIMIT + 1)));
    m.put("sla", c -> List.of(ReportSql.slaMet(c.f, c.s, ZONE), ReportSql.slaOverdue(c.f, c.s, ZONE, c.now)));
    m.put("backlog", c -> List.of(
        ReportSql.backlogAges(c.f, c.s, c.now), ReportSql.flowRollup(c.f, c.s), ReportSql.reopened(c.f, c.s, ZONE)));
    m.put("backlog/oldest", c -> List.of(ReportSql.oldest(c.f, c.s, OLDEST_START, 0, LIMIT + 1)));
    m.put("satisfaction", c -> List.of(ReportSql.ratings(c.f, c.s, ZONE)));
    m.put("satisfaction/low", c -> List.of(
        ReportSql.lowRatings(c.f, c.s, ZONE, KEYSET_START, Long.MAX_VALUE, LIMIT + 1)));
    m.put("load", c -> List.of(ReportSql.openLoad(c.f, c.s), ReportSql.resolvedLoad(c.f, c.s, ZONE)));
    return m;
  }

  record Ctx(ReportFilter f, ReportScope s, Instant now) {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "window" -> window(args[1], Integer.parseInt(args[2]), args.length > 3 ? args[3] : null);
      case "sql" -> sql(args[1], LocalDate.parse(args[2]), LocalDate.parse(args[3]), args[4],
          Integer.parseInt(args[5]), Integer.parseInt(args[6]), Path.of(args[7]));
      case "http" -> http(args[1], args[2], args[3], args[4], args[5],
          Integer.parseInt(args[6]), Integer.parseInt(args[7]), Path.of(args[8]));
      case "print" -> print();
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void window(String url, int days, String team) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
        Statement s = c.createStatement()) {
      LocalDate to;
      try (ResultSet rs = s.executeQuery("SELECT (max(created_at) AT TIME ZONE '" + ZONE.getId() + "')::date FROM ticket")) {
        rs.next();
        to = rs.getObject(1, LocalDate.class);
      }
      if (team == null || team.isBlank()) {
        try (ResultSet rs = s.executeQuery(
            "SELECT team FROM ticket WHERE team IS NOT NULL GROUP BY team ORDER BY count(*) DESC, team LIMIT 1")) {
          rs.next();
          team = rs.getString(1);
        }
      }
      System.out.println(to.minusDays(days - 1L) + " " + to + " " + team);
    }
  }

  static final Pattern NUMBERED = Pattern.compile("\\?\\d+");

  static void sql(String url, LocalDate from, LocalDate to, String team, int iterations, int warm, Path out)
      throws Exception {
    StringBuilder report = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      c.setAutoCommit(false);
      for (var e : reports().entrySet()) {
        for (String variant : List.of("all", "team")) {
          ReportFilter f = new ReportFilter(from, to, variant.equals("team") ? team : null, null, null, null, null, null);
          long[] ns = new long[iterations];
          int statements = 0;
          long rows = 0;
          for (int i = -warm; i < iterations; i++) {
            long t0 = System.nanoTime();
            // built per request, as the boundary builds them (now = the request's instant)
            List<Sql> list = e.getValue().apply(new Ctx(f, ReportScope.everything(), Instant.now()));
            long n = 0;
            for (Sql q : list) {
              // a new statement per execution, as EclipseLink's native queries: pgjdbc's statement
              // cache server-prepares the text after 5 uses, as in Loket's pool
              try (PreparedStatement ps = c.prepareStatement(NUMBERED.matcher(q.text()).replaceAll("?"))) {
                List<Object> p = q.params();
                for (int k = 0; k < p.size(); k++) ps.setObject(k + 1, p.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                  int cols = rs.getMetaData().getColumnCount();
                  while (rs.next()) {
                    for (int k = 1; k <= cols; k++) rs.getObject(k);
                    n++;
                  }
                }
              }
            }
            c.commit();
            long dt = System.nanoTime() - t0;
            if (i >= 0) {
              ns[i] = dt;
              rows += n;
            }
            statements = list.size();
          }
          String l = result(e.getKey(), variant, ns, statements + " statements, " + rows / iterations + " rows");
          System.out.println(l);
          report.append(l).append('\n');
        }
      }
    }
    Files.writeString(out, report.toString());
  }

  static void http(String base, String user, String from, String to, String team, int iterations, int warm, Path out)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    StringBuilder report = new StringBuilder();
    for (String name : reports().keySet()) {
      for (String variant : List.of("all", "team")) {
        String path = base + "api/reports/" + name + "?from=" + from + "&to=" + to + (variant.equals("team") ? "&team=" + team : "");
        HttpRequest req = HttpRequest.newBuilder(URI.create(path)).timeout(Duration.ofSeconds(60))
            .header("Authorization", auth).header("Accept", "application/json").GET().build();
        HttpResponse<String> first = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (first.statusCode() != 200) {
          String l = "SKIPPED " + name + " " + variant + " GET " + path + " answered " + first.statusCode()
              + (first.statusCode() == 404 ? " (no such endpoint in this build)" : ": " + abbreviate(first.body()));
          System.out.println(l);
          report.append(l).append('\n');
          continue;
        }
        long[] ns = new long[iterations];
        long bytes = 0;
        for (int i = -warm; i < iterations; i++) {
          long t0 = System.nanoTime();
          HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
          long dt = System.nanoTime() - t0;
          if (r.statusCode() != 200) throw new IllegalStateException(path + " answered " + r.statusCode());
          if (i >= 0) {
            ns[i] = dt;
            bytes += r.body().length;
          }
        }
        String l = result(name, variant, ns, bytes / iterations + " bytes");
        System.out.println(l);
        report.append(l).append('\n');
      }
    }
    Files.writeString(out, report.toString());
  }

  static String abbreviate(String s) {
    s = s.replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  static String result(String name, String variant, long[] ns, String extra) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "RESULT %s %s %d %.1f %.1f %.1f %s", name, variant, s.length,
        pct(s, 50), pct(s, 95), s[s.length - 1] / 1e6, extra);
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  // ---- print: the statements as a psql script with the window's variables ---------------------------
  static void print() {
    // sentinels, each mapped back to a psql variable below
    LocalDate from = LocalDate.of(2000, 1, 1);
    LocalDate to = from.plusDays(89);
    String team = "__TEAM__";
    ReportFilter all = new ReportFilter(from, to, null, null, null, null, null, null);
    Instant now = all.end(ZONE).minusSeconds(5 * 3600);
    Map<Object, String> vars = new LinkedHashMap<>();
    vars.put(all.start(ZONE), ":'w_start'::timestamptz");
    vars.put(all.end(ZONE), ":'w_end'::timestamptz");
    vars.put(now, ":'now'::timestamptz");
    for (int d : new int[] {1, 3, 7, 30}) {
      vars.put(now.minusSeconds(d * 86_400L), "(:'now'::timestamptz - interval '" + d + (d == 1 ? " day')" : " days')"));
    }
    vars.put(from, ":'from_day'::date");
    vars.put(to, ":'to_day'::date");
    vars.put(team, ":'team'");
    StringBuilder b = new StringBuilder();
    b.append("""
        -- GENERATED by src/bench/reports/ReportBench.java (print) from id.loket.report.control.ReportSql:
        -- do not edit; src/bench/report-bench writes it again when the statements change.
        -- EXPLAIN (ANALYZE, BUFFERS) of every statement the manager reports run (as ReportReader composes
        -- them per report, a manager's scope: all teams), for the 90-day window ending at the newest
        -- ticket's desk day (zone Asia/Jakarta), for all teams and for one team (the one with most tickets,
        -- or -v team=CODE). On the benchmark database (src/bench/report-bench makes it; 1 M tickets):
        --   psql -h 127.0.0.1 -U postgres -d loket_report_bench -f src/bench/sql/reports-1m.sql
        -- Run twice or after the benchmark: the first plans read a cold cache.
        \\set ON_ERROR_STOP on
        \\pset pager off
        SELECT (max(created_at) AT TIME ZONE 'Asia/Jakarta')::date AS to_day FROM ticket \\gset
        SELECT :'to_day'::date - 89 AS from_day,
               (:'to_day'::date - 89)::timestamp AT TIME ZONE 'Asia/Jakarta' AS w_start,
               (:'to_day'::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta' AS w_end,
               now() AS now \\gset
        \\if :{?team}
        \\else
        SELECT team FROM ticket WHERE team IS NOT NULL GROUP BY team ORDER BY count(*) DESC, team LIMIT 1 \\gset
        \\endif
        \\echo window :from_day .. :to_day (:w_start .. :w_end), team :team, now :now
        SELECT count(*) AS tickets, pg_size_pretty(pg_database_size(current_database())) AS database FROM ticket;
        """);
    Map<String, String> seen = new LinkedHashMap<>();
    for (var e : reports().entrySet()) {
      for (String variant : List.of("all", "team")) {
        ReportFilter f = variant.equals("team") ? all.withTeam(team) : all;
        List<Sql> list = e.getValue().apply(new Ctx(f, ReportScope.everything(), now));
        for (int i = 0; i < list.size(); i++) {
          String label = e.getKey() + " (" + (variant.equals("team") ? "one team" : "all teams")
              + "), statement " + (i + 1) + " of " + list.size();
          String text = inline(list.get(i), vars);
          if (seen.containsKey(text)) {
            b.append("\n\\echo '==== ").append(label).append(": the same as ").append(seen.get(text)).append("'\n");
            continue;
          }
          seen.put(text, label);
          b.append("\n\\echo '==== ").append(label).append("'\n");
          b.append("EXPLAIN (ANALYZE, BUFFERS)\n").append(text).append(";\n");
        }
      }
    }
    System.out.print(b);
  }

  static String inline(Sql q, Map<Object, String> vars) {
    List<Object> p = q.params();
    Matcher m = NUMBERED.matcher(q.text());
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Object v = p.get(Integer.parseInt(m.group().substring(1)) - 1);
      Object key = v instanceof OffsetDateTime o ? o.toInstant() : v;
      String s;
      if (vars.containsKey(key)) {
        s = vars.get(key);
      } else if (key instanceof Instant i) {
        s = "'" + i + "'::timestamptz";
      } else if (v instanceof String str) {
        s = "'" + str.replace("'", "''") + "'";
      } else {
        s = String.valueOf(v);
      }
      m.appendReplacement(b, Matcher.quoteReplacement(s));
    }
    m.appendTail(b);
    return b.toString();
  }
}
