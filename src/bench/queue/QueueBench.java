import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The queue/search benchmark's driver (run by src/bench/queue-bench; single-file source, JDK 17).
 *
 * <pre>
 *   java -cp CP QueueBench.java migrate JDBC_URL DIR...        Flyway migrate (Loket's migrations)
 *   java QueueBench.java hash PASSWORD                          a PBKDF2 hash as Loket stores it
 *   java -cp CP QueueBench.java sql JDBC_URL QUERIES ITER OUT   time each query of QUERIES
 *   java -cp CP QueueBench.java explain JDBC_URL QUERIES OUT    EXPLAIN (ANALYZE, BUFFERS) of each
 *   java QueueBench.java http BASE_URL REQUESTS ITER OUT        time each HTTP request of REQUESTS
 * </pre>
 *
 * QUERIES holds blocks "-- name: x", "-- kind: page|count|search", optionally "-- setup: SET ..." (run
 * before each execution, timed with it, RESET ALL after the block), optionally "-- params: SELECT
 * ..." (rows of parameter values, by column name; the iterations cycle through them), then the
 * statement with named parameters ":name" (":now" is bound to the current instant, ":now_plus_Nm"
 * to N minutes later, ":int_N" to the integer N). Result
 * lines: "RESULT name kind n p50 p95 p99 max rows" (milliseconds), one per query, into OUT.
 */
public class QueueBench {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "migrate" -> migrate(args[1], Arrays.copyOfRange(args, 2, args.length));
      case "hash" -> System.out.println(hash(args[1].toCharArray()));
      case "sql" -> sql(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      case "explain" -> explain(args[1], Path.of(args[2]), Path.of(args[3]));
      case "http" -> http(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  // ---- Flyway, exactly as Loket configures it (DatabaseMigration), but from folders --------------
  static void migrate(String url, String[] dirs) throws Exception {
    Class<?> flyway = Class.forName("org.flywaydb.core.Flyway");
    Object config = flyway.getMethod("configure").invoke(null);
    config = config.getClass().getMethod("dataSource", String.class, String.class, String.class)
        .invoke(config, url, "postgres", "postgres");
    String[] locations = Arrays.stream(dirs).map(d -> "filesystem:" + d).toArray(String[]::new);
    config = config.getClass().getMethod("locations", String[].class).invoke(config, (Object) locations);
    config = config.getClass().getMethod("failOnMissingLocations", boolean.class).invoke(config, true);
    Object fw = config.getClass().getMethod("load").invoke(config);
    Object result = fw.getClass().getMethod("migrate").invoke(fw);
    System.out.println("migrated: " + result.getClass().getField("migrationsExecuted").get(result)
        + " migration(s), schema version " + result.getClass().getField("targetSchemaVersion").get(result));
  }

  // ---- PasswordHashing's format: algorithm:iterations:salt:hash ------------------------------------
  static String hash(char[] password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    PBEKeySpec spec = new PBEKeySpec(password, salt, 210_000, 512);
    byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA512:210000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
  }

  // ---- the queries file ------------------------------------------------------------------------------
  record Query(String name, String kind, String params, String setup, String sql) {}

  static List<Query> parse(Path file) throws Exception {
    List<Query> out = new ArrayList<>();
    String name = null, kind = "page", params = null, setup = null;
    StringBuilder sql = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (t.startsWith("-- name:")) {
        if (name != null) out.add(query(name, kind, params, setup, sql));
        name = t.substring(8).strip(); kind = "page"; params = null; setup = null; sql.setLength(0);
      } else if (t.startsWith("-- kind:")) {
        kind = t.substring(8).strip();
      } else if (t.startsWith("-- params:")) {
        params = t.substring(10).strip();
      } else if (t.startsWith("-- setup:")) {
        setup = t.substring(9).strip();
      } else if (name != null && !t.startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    if (name != null) out.add(query(name, kind, params, setup, sql));
    return out;
  }

  static Query query(String name, String kind, String params, String setup, StringBuilder sql) {
    String s = sql.toString().strip();
    if (s.endsWith(";")) s = s.substring(0, s.length() - 1);
    return new Query(name, kind, params, setup, s);
  }

  static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([a-z_][a-z0-9_]*)");

  /** The statement with ? for each :name, and the names in order. */
  static Map.Entry<String, List<String>> jdbc(String sql) {
    List<String> names = new ArrayList<>();
    Matcher m = PARAM.matcher(sql);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      names.add(m.group(1));
      m.appendReplacement(b, "?");
    }
    m.appendTail(b);
    return Map.entry(b.toString(), names);
  }

  static List<Map<String, Object>> paramRows(Connection c, Query q) throws Exception {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (q.params == null) {
      rows.add(new LinkedHashMap<>());
      return rows;
    }
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q.params)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) row.put(md.getColumnLabel(i), rs.getObject(i));
        rows.add(row);
      }
    }
    if (rows.isEmpty()) throw new IllegalStateException(q.name + ": params query gave no rows");
    return rows;
  }

  static void bind(PreparedStatement ps, List<String> names, Map<String, Object> row) throws Exception {
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      Object v;
      if (n.equals("now")) {
        v = java.time.OffsetDateTime.now();
      } else if (n.matches("now_plus_\\d+m")) {
        v = java.time.OffsetDateTime.now().plusMinutes(Long.parseLong(n.substring(9, n.length() - 1)));
      } else if (n.matches("int_\\d+")) {
        v = Integer.valueOf(n.substring(4));
      } else if (row.containsKey(n)) {
        v = row.get(n);
      } else {
        throw new IllegalStateException("no value for :" + n);
      }
      ps.setObject(i + 1, v);
    }
  }

  static void sql(String url, Path file, int iterations, Path out) throws Exception {
    List<Query> queries = parse(file);
    StringBuilder report = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      c.setAutoCommit(true);
      for (Query q : queries) {
        var j = jdbc(q.sql);
        List<Map<String, Object>> rows = paramRows(c, q);
        long[] ns = new long[iterations];
        long fetched = 0;
        try (PreparedStatement ps = c.prepareStatement(j.getKey()); Statement setup = c.createStatement()) {
          int warm = Math.max(20, iterations / 5);
          for (int i = -warm; i < iterations; i++) {
            bind(ps, j.getValue(), rows.get(Math.floorMod(i, rows.size())));
            long t0 = System.nanoTime();
            if (q.setup != null) setup.execute(q.setup);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
              int cols = rs.getMetaData().getColumnCount();
              while (rs.next()) {
                for (int k = 1; k <= cols; k++) rs.getObject(k);
                n++;
              }
            }
            long dt = System.nanoTime() - t0;
            if (i >= 0) {
              ns[i] = dt;
              fetched += n;
            }
          }
        }
        if (q.setup != null) {
          try (Statement reset = c.createStatement()) { reset.execute("RESET ALL"); }
        }
        String line = result(q.name, q.kind, ns, fetched / (double) iterations);
        System.out.println(line);
        report.append(line).append('\n');
      }
    }
    Files.writeString(out, report.toString());
  }

  static String result(String name, String kind, long[] ns, double rows) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "RESULT %s %s %d %.2f %.2f %.2f %.2f %.1f", name, kind, s.length,
        pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6, rows);
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  static void explain(String url, Path file, Path out) throws Exception {
    StringBuilder b = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      for (Query q : parse(file)) {
        var j = jdbc(q.sql);
        Map<String, Object> row = paramRows(c, q).get(0);
        b.append("=== ").append(q.name).append(" (").append(q.kind).append(") params ").append(row).append('\n');
        b.append(q.sql).append("\n---\n");
        if (q.setup != null) {
          b.append("(after: ").append(q.setup).append(")\n");
          try (Statement setup = c.createStatement()) { setup.execute(q.setup); }
        }
        // warm the cache first, as the timed runs do
        try (PreparedStatement ps = c.prepareStatement(j.getKey())) {
          bind(ps, j.getValue(), row);
          try (ResultSet rs = ps.executeQuery()) { while (rs.next()) { } }
        }
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + j.getKey())) {
          bind(ps, j.getValue(), row);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) b.append(rs.getString(1)).append('\n');
          }
        }
        if (q.setup != null) {
          try (Statement reset = c.createStatement()) { reset.execute("RESET ALL"); }
        }
        b.append('\n');
      }
    }
    Files.writeString(out, b.toString());
  }

  // ---- HTTP: lines "name user:password path" -------------------------------------------------------
  /**
   * A server just booted runs its first thousands of requests interpreted or C1-compiled; a desk's
   * server has been running for days. Before anything is timed, every request of the file is sent
   * round after round for {@code WARM_UP_SECONDS} (default 60), so that each one is timed on a
   * warm server and the first request of the file is not the one that pays for the JIT.
   */
  static void warmUp(HttpClient client, String base, Path file) throws Exception {
    long seconds = Long.getLong("warmUpSeconds", Long.parseLong(System.getenv().getOrDefault("WARM_UP_SECONDS", "60")));
    List<HttpRequest> all = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      String[] f = t.split("\\s+", 3);
      String auth = "Basic " + Base64.getEncoder().encodeToString(f[1].getBytes(StandardCharsets.UTF_8));
      all.add(HttpRequest.newBuilder(URI.create(base + f[2])).timeout(Duration.ofSeconds(30))
          .header("Authorization", auth).header("Accept", "application/json").GET().build());
    }
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long sent = 0;
    while (System.nanoTime() < end) {
      for (HttpRequest r : all) {
        client.send(r, HttpResponse.BodyHandlers.discarding());
        sent++;
      }
    }
    System.err.println("queue-bench: warm-up " + sent + " requests in " + seconds + " s");
  }

  static void http(String base, Path file, int iterations, Path out) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    StringBuilder report = new StringBuilder();
    warmUp(client, base, file);
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      String[] f = t.split("\\s+", 3);
      String auth = "Basic " + Base64.getEncoder().encodeToString(f[1].getBytes(StandardCharsets.UTF_8));
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + f[2])).timeout(Duration.ofSeconds(30))
          .header("Authorization", auth).header("Accept", "application/json").GET().build();
      HttpResponse<String> first = client.send(req, HttpResponse.BodyHandlers.ofString());
      if (first.statusCode() == 404) {
        String l = "SKIPPED " + f[0] + " GET " + f[2] + " answered 404 (no queue endpoint in this build)";
        System.out.println(l);
        report.append(l).append('\n');
        continue;
      }
      if (first.statusCode() == 401 || first.statusCode() == 403) {
        throw new IllegalStateException(f[0] + ": GET " + f[2] + " answered " + first.statusCode()
            + " for " + f[1].split(":")[0] + ": the user or role of generate.sql does not fit (" + first.body() + ")");
      }
      if (first.statusCode() != 200) {
        throw new IllegalStateException(f[0] + ": GET " + f[2] + " answered " + first.statusCode() + ": " + first.body());
      }
      long[] ns = new long[iterations];
      long bytes = 0;
      int warm = Math.max(20, iterations / 5);
      for (int i = -warm; i < iterations; i++) {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long dt = System.nanoTime() - t0;
        if (r.statusCode() != 200) throw new IllegalStateException(f[0] + " answered " + r.statusCode());
        if (i >= 0) {
          ns[i] = dt;
          bytes += r.body().length;
        }
      }
      String l = result(f[0], "http", ns, bytes / (double) iterations);
      System.out.println(l);
      report.append(l).append('\n');
    }
    Files.writeString(out, report.toString());
  }
}
