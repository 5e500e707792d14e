import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA benchmark's driver (run by src/bench/sla-bench; single-file source, JDK 17).
 *
 * <pre>
 *   java SlaBench.java sweep BASE_URL USER:PASSWORD WARMUP ITER OUT
 *       POST /api/admin/sla/sweep WARMUP + ITER times, one after the other; per call the server's
 *       {"claimed","escalated","millis"} and the client's time into OUT; prints
 *       "RESULT sweep n p50 p95 p99 max claimed client_p50 client_p95" (the server's millis).
 *   java -cp CP SlaBench.java burst JDBC_URL DUE_SQL DUE TIMEOUT_S OUT_CSV
 *       runs DUE_SQL (the DUE rows after bench_sla_burst.used, which it advances) in one statement; from its commit
 *       polls every 100 ms: SLA escalations recorded, outbox events unpublished and published, SLA
 *       escalation cases, clocks still due; stops when the cases grew by DUE (or at TIMEOUT_S).
 *       Prints "RESULT burst key=value ...".
 *   java -cp CP SlaBench.java staged JDBC_URL DUE_SQL DUE TIMEOUT_S OUT_CSV
 *       the same, but the stages one after the other: while the burst is swept, a second connection
 *       holds the relay's advisory lock (OutboxPublisher.RELAY_LOCK: the relay publishes nothing,
 *       exactly as when another node publishes); when all DUE escalations are recorded it lets go,
 *       and the relay and the consumer drain the backlog alone. Prints "RESULT staged key=value ...":
 *       the sweep's rate without the relay and the consumer beside it, and theirs without the sweep.
 * </pre>
 */
public class SlaBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "sweep" -> sweep(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
      case "staged" -> staged(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
      case "burst" -> burst(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  // ---- idle sweeps over HTTP ---------------------------------------------------------------------
  static final Pattern FIELD = Pattern.compile("\"(claimed|escalated|millis)\"\\s*:\\s*([0-9.eE+-]+)");

  static void sweep(String base, String credentials, int warmup, int iter, Path out) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + "/api/admin/sla/sweep"))
        .header("Authorization", auth).header("Accept", "application/json")
        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build();
    List<Double> server = new ArrayList<>();
    List<Double> client = new ArrayList<>();
    long claimed = 0;
    StringBuilder log = new StringBuilder("# i claimed escalated server_ms client_ms\n");
    for (int i = 0; i < warmup + iter; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      double c = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("sweep answered " + r.statusCode() + ": " + r.body());
      }
      double cl = 0, esc = 0, ms = -1;
      Matcher m = FIELD.matcher(r.body());
      while (m.find()) {
        double v = Double.parseDouble(m.group(2));
        switch (m.group(1)) {
          case "claimed" -> cl = v;
          case "escalated" -> esc = v;
          default -> ms = v;
        }
      }
      log.append(String.format(Locale.ROOT, "%s%d %.0f %.0f %.3f %.3f%n", i < warmup ? "warmup " : "", i, cl, esc, ms, c));
      if (i >= warmup) {
        server.add(ms);
        client.add(c);
        claimed += (long) cl;
      }
    }
    Files.writeString(out, log);
    Collections.sort(server);
    Collections.sort(client);
    System.out.printf(Locale.ROOT, "RESULT sweep %d %.3f %.3f %.3f %.3f %d %.3f %.3f%n", server.size(),
        pct(server, 50), pct(server, 95), pct(server, 99), server.get(server.size() - 1), claimed,
        pct(client, 50), pct(client, 95));
  }

  static double pct(List<Double> sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  // ---- a burst of due clocks, timed from the database ---------------------------------------------
  static final String POLL = """
      SELECT (SELECT count(*) FROM ticket_escalation WHERE cause = 'SLA'),
             (SELECT count(*) FROM outbox_event WHERE published_at IS NULL),
             (SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL),
             (SELECT count(*) FROM escalation_case WHERE cause = 'SLA'),
             (SELECT count(*) FROM ticket_sla WHERE next_at <= now())""";

  static void burst(String url, Path dueSql, int due, int timeoutS, Path csv) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
        Statement st = db.createStatement()) {
      long[] base = poll(st);
      int from;
      try (ResultSet rs = st.executeQuery("UPDATE bench_sla_burst SET used = used + " + due + " RETURNING used - " + due)) {
        rs.next();
        from = rs.getInt(1);
      }
      String sql = Files.readString(dueSql).replaceAll("(?m)^--.*$", "").strip().replaceAll(";$", "")
          .replace(":from", Integer.toString(from)).replace(":due", Integer.toString(due));
      long t0 = System.nanoTime();
      int updated = st.executeUpdate(sql); // autocommit: committed when it returns
      long committed = System.nanoTime();
      if (updated != due) {
        System.out.printf("WARNING: made %d clocks due, not %d (bench_sla_pick used up after %d?)%n", updated, due, from);
      }
      StringBuilder out = new StringBuilder("t_ms,escalations,unpublished,published,cases,still_due\n");
      long firstEsc = -1, sweepDone = -1, relayDone = -1, firstCase = -1, consumed = -1;
      long maxBacklog = 0;
      long[] c = base;
      long deadline = committed + timeoutS * 1_000_000_000L;
      while (System.nanoTime() < deadline) {
        long tick = System.nanoTime();
        c = poll(st);
        long t = (System.nanoTime() - committed) / 1_000_000;
        long esc = c[0] - base[0], pub = c[2] - base[2], cases = c[3] - base[3];
        out.append(t).append(',').append(esc).append(',').append(c[1]).append(',').append(pub)
            .append(',').append(cases).append(',').append(c[4]).append('\n');
        maxBacklog = Math.max(maxBacklog, c[1]);
        if (firstEsc < 0 && esc > 0) firstEsc = t;
        if (sweepDone < 0 && esc >= updated) sweepDone = t;
        if (relayDone < 0 && sweepDone >= 0 && pub >= updated && c[1] == 0) relayDone = t;
        if (firstCase < 0 && cases > 0) firstCase = t;
        if (consumed < 0 && cases >= updated) {
          consumed = t;
          break;
        }
        long sleep = 100 - (System.nanoTime() - tick) / 1_000_000;
        if (sleep > 0) Thread.sleep(sleep);
      }
      Files.writeString(csv, out);
      System.out.printf(Locale.ROOT,
          "RESULT burst from=%d due=%d update_ms=%.1f first_escalation_ms=%d sweep_done_ms=%d relay_done_ms=%d"
              + " first_case_ms=%d consumed_ms=%d max_backlog=%d sweep_per_s=%s relay_per_s=%s consumer_per_s=%s"
              + " end_to_end_per_s=%s left_escalations=%d left_cases=%d%n",
          from, updated, (committed - t0) / 1e6, firstEsc, sweepDone, relayDone, firstCase, consumed, maxBacklog,
          rate(updated, firstEsc, sweepDone), rate(updated, firstEsc, relayDone), rate(updated, firstCase, consumed),
          rate(updated, 0, consumed), updated - (c[0] - base[0]), updated - (c[3] - base[3]));
    }
  }

  /** OutboxPublisher.RELAY_LOCK ("LOKETOB"). */
  static final long RELAY_LOCK = 0x4C4F4B45544F42L;

  static void staged(String url, Path dueSql, int due, int timeoutS, Path csv) throws Exception {
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
        Connection lock = DriverManager.getConnection(url, "postgres", "postgres");
        Statement st = db.createStatement();
        Statement ls = lock.createStatement()) {
      ls.execute("SELECT pg_advisory_lock(" + RELAY_LOCK + ")");
      long[] base = poll(st);
      int from;
      try (ResultSet rs = st.executeQuery("UPDATE bench_sla_burst SET used = used + " + due + " RETURNING used - " + due)) {
        rs.next();
        from = rs.getInt(1);
      }
      String sql = Files.readString(dueSql).replaceAll("(?m)^--.*$", "").strip().replaceAll(";$", "")
          .replace(":from", Integer.toString(from)).replace(":due", Integer.toString(due));
      int updated = st.executeUpdate(sql);
      long committed = System.nanoTime();
      StringBuilder out = new StringBuilder("t_ms,escalations,unpublished,published,cases,still_due\n");
      long firstEsc = -1, sweepDone = -1, released = -1, firstPub = -1, relayDone = -1, firstCase = -1, consumed = -1;
      long[] c = base;
      long deadline = committed + timeoutS * 1_000_000_000L;
      while (System.nanoTime() < deadline) {
        long tick = System.nanoTime();
        c = poll(st);
        long t = (System.nanoTime() - committed) / 1_000_000;
        long esc = c[0] - base[0], pub = c[2] - base[2], cases = c[3] - base[3];
        out.append(t).append(',').append(esc).append(',').append(c[1]).append(',').append(pub)
            .append(',').append(cases).append(',').append(c[4]).append('\n');
        if (firstEsc < 0 && esc > 0) firstEsc = t;
        if (sweepDone < 0 && esc >= updated) {
          sweepDone = t;
          ls.execute("SELECT pg_advisory_unlock(" + RELAY_LOCK + ")");
          released = (System.nanoTime() - committed) / 1_000_000;
        }
        if (released >= 0 && firstPub < 0 && pub > 0) firstPub = t;
        if (released >= 0 && relayDone < 0 && pub >= updated && c[1] == 0) relayDone = t;
        if (firstCase < 0 && cases > 0) firstCase = t;
        if (consumed < 0 && cases >= updated) {
          consumed = t;
          break;
        }
        long sleep = 100 - (System.nanoTime() - tick) / 1_000_000;
        if (sleep > 0) Thread.sleep(sleep);
      }
      Files.writeString(csv, out);
      System.out.printf(Locale.ROOT,
          "RESULT staged from=%d due=%d first_escalation_ms=%d sweep_done_ms=%d released_ms=%d relay_done_ms=%d"
              + " consumed_ms=%d sweep_alone_per_s=%s relay_alone_per_s=%s relay_and_consumer_per_s=%s%n",
          from, updated, firstEsc, sweepDone, released, relayDone, consumed,
          rate(updated, firstEsc, sweepDone), rate(updated, released, relayDone), rate(updated, released, consumed));
    }
  }

  static String rate(long n, long from, long to) {
    return from < 0 || to <= from ? "-" : String.format(Locale.ROOT, "%.0f", n * 1000.0 / (to - from));
  }

  static long[] poll(Statement st) throws Exception {
    try (ResultSet rs = st.executeQuery(POLL)) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
    }
  }
}
