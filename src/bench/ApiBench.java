import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loket API benchmark: opens tickets and reads them back over HTTP Basic, on a running Loket,
 * with a fixed number of requests and client threads, and prints latency percentiles and
 * throughput. Loopback only, bounded in count.
 *
 * <pre>java src/bench/ApiBench.java [baseUrl=http://127.0.0.1:8080/] [requests=400] [threads=8]</pre>
 *
 * <p>Second mode, fixed duration, used by {@code src/bench/write-path}: see {@link Load}.
 */
public class ApiBench {

  private static final Pattern NUMBER = Pattern.compile("\"number\":\"(LKT-[0-9-]+)\"");

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("load")) {
      Load.main(java.util.Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    URI host = URI.create(base);
    if (!List.of("127.0.0.1", "localhost", "[::1]").contains(host.getHost())) {
      throw new IllegalArgumentException("Benchmarks only run against this machine (loopback): " + base);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString("rina:demo2026".getBytes(StandardCharsets.UTF_8));

    // warm-up: JIT, pools, first queries
    run(client, base, auth, Math.min(50, requests), threads);
    Result result = run(client, base, auth, requests, threads);
    System.out.printf("POST /api/tickets     n=%d threads=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  %.1f req/s%n",
        requests, threads, result.create.p(50), result.create.p(95), result.create.p(99), result.createRate);
    System.out.printf("GET  /api/tickets/{n} n=%d threads=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  %.1f req/s%n",
        requests, threads, result.read.p(50), result.read.p(95), result.read.p(99), result.readRate);
  }

  record Latencies(List<Double> millis) {
    double p(int percentile) {
      List<Double> sorted = new ArrayList<>(millis);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
  }

  record Result(Latencies create, double createRate, Latencies read, double readRate) {}

  static Result run(HttpClient client, String base, String auth, int n, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<double[]>> creates = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        int index = i;
        creates.add(pool.submit(() -> call(client, HttpRequest.newBuilder(URI.create(base + "api/tickets"))
            .header("Authorization", auth).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Bench " + index + "\",\"description\":\"benchmark\","
                + "\"category\":\"other\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}")).build(), 201)));
      }
      List<Double> createMs = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      for (Future<double[]> f : creates) {
        createMs.add(f.get()[0]);
      }
      double createRate = n / ((System.nanoTime() - t0) / 1e9);
      synchronized (LAST) {
        numbers.addAll(LAST);
        LAST.clear();
      }
      List<Future<double[]>> reads = new ArrayList<>();
      t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        String number = numbers.get(i % numbers.size());
        reads.add(pool.submit(() -> call(client, HttpRequest.newBuilder(URI.create(base + "api/tickets/" + number))
            .header("Authorization", auth).GET().build(), 200)));
      }
      List<Double> readMs = new ArrayList<>();
      for (Future<double[]> f : reads) {
        readMs.add(f.get()[0]);
      }
      double readRate = n / ((System.nanoTime() - t0) / 1e9);
      return new Result(new Latencies(createMs), createRate, new Latencies(readMs), readRate);
    } finally {
      pool.shutdown();
    }
  }

  private static final List<String> LAST = new ArrayList<>();

  static double[] call(HttpClient client, HttpRequest request, int expected) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - t) / 1e6;
    if (response.statusCode() != expected) {
      throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    Matcher m = NUMBER.matcher(response.body());
    if (expected == 201 && m.find()) {
      synchronized (LAST) {
        LAST.add(m.group(1));
      }
    }
    return new double[] {ms};
  }

  /**
   * Closed-loop load for a fixed time: {@code conns} keep-alive HTTP/1.1 connections (plain
   * sockets, one thread each, so that the driver itself costs little CPU next to Loket), requests
   * round-robin over several requester accounts, a warm-up, then a measured window. Loopback only.
   *
   * <pre>
   * java src/bench/ApiBench.java load BASE create|read CONNS WARMUP_S MEASURE_S ACCOUNTS PASSWORD
   *      TARGETS_FILE [JVM_PID [JFR_FILE]]
   * </pre>
   *
   * ACCOUNTS is a comma-separated list of user names (all with PASSWORD). {@code create} posts
   * tickets and appends "user number" lines to TARGETS_FILE; {@code read} GETs the tickets listed
   * there, each as its owner. Before the warm-up every account authenticates once (the PBKDF2
   * verification is then in the credential cache, as for any long-lived API client). With JVM_PID
   * the CPU time of that process (utime+stime from /proc) is measured over the window. Prints one
   * line {@code RESULT key=value ...}. With JFR_FILE, a JFR recording (settings=profile) of that
   * process covers exactly the measured window.
   */
  static final class Load {
    static volatile boolean measuring;
    static volatile boolean stop;

    public static void main(String[] a) throws Exception {
      URI base = URI.create(a[0]);
      if (!List.of("127.0.0.1", "localhost").contains(base.getHost())) {
        throw new IllegalArgumentException("Loopback only: " + base);
      }
      String kind = a[1];
      int conns = Integer.parseInt(a[2]);
      double warmup = Double.parseDouble(a[3]);
      double measure = Double.parseDouble(a[4]);
      String[] accounts = a[5].split(",");
      String password = a[6];
      java.nio.file.Path targetsFile = java.nio.file.Path.of(a[7]);
      long pid = a.length > 8 ? Long.parseLong(a[8]) : -1;
      String jfr = a.length > 9 ? a[9] : null; // record the measured window only (jcmd JFR.start/stop)
      String host = base.getHost();
      int port = base.getPort();
      String prefix = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";

      String[] auth = new String[accounts.length];
      for (int i = 0; i < accounts.length; i++) {
        auth[i] = "Basic " + Base64.getEncoder().encodeToString((accounts[i] + ":" + password).getBytes(StandardCharsets.UTF_8));
      }
      List<String[]> targets = new ArrayList<>();
      if (kind.equals("read")) {
        for (String line : java.nio.file.Files.readAllLines(targetsFile)) {
          String[] f = line.trim().split(" ");
          if (f.length == 2) {
            int idx = java.util.Arrays.asList(accounts).indexOf(f[0]);
            if (idx >= 0) targets.add(new String[] {String.valueOf(idx), f[1]});
          }
        }
        if (targets.isEmpty()) throw new IllegalStateException("no read targets in " + targetsFile);
        Collections.shuffle(targets, new java.util.Random(42));
      }

      // Every account authenticates once (PBKDF2 into the credential cache), in parallel.
      ExecutorService pre = Executors.newFixedThreadPool(Math.min(conns, accounts.length));
      List<Future<?>> fs = new ArrayList<>();
      for (int i = 0; i < accounts.length; i++) {
        int k = i;
        fs.add(pre.submit(() -> {
          try (Conn c = new Conn(host, port)) {
            int st = c.exchange(get(prefix + "api/me/notifications", host, auth[k]));
            if (st != 200) throw new IllegalStateException(accounts[k] + ": " + st);
          }
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
      pre.shutdown();

      java.util.concurrent.atomic.AtomicLong seq = new java.util.concurrent.atomic.AtomicLong();
      long[][] lat = new long[conns][];
      int[] counts = new int[conns];
      int[] errors = new int[conns];
      String[] firstError = new String[1];
      List<String> created = Collections.synchronizedList(new ArrayList<>());
      Thread[] threads = new Thread[conns];
      for (int t = 0; t < conns; t++) {
        int me = t;
        lat[t] = new long[1 << 16];
        threads[t] = new Thread(() -> {
          Conn c = null;
          try {
            while (!stop) {
              if (c == null) c = new Conn(host, port);
              long n = seq.getAndIncrement();
              byte[] req;
              int expect;
              int acct;
              if (kind.equals("create")) {
                acct = (int) (n % accounts.length);
                String body = "{\"title\":\"Bench " + n + "\",\"description\":\"benchmark: opened by the write-path driver\","
                    + "\"category\":\"other\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}";
                req = post(prefix + "api/tickets", host, auth[acct], body);
                expect = 201;
              } else {
                String[] tg = targets.get((int) (n % targets.size()));
                acct = Integer.parseInt(tg[0]);
                req = get(prefix + "api/tickets/" + tg[1], host, auth[acct]);
                expect = 200;
              }
              boolean m = measuring;
              long t0 = System.nanoTime();
              int st;
              try {
                st = c.exchange(req);
              } catch (java.io.IOException e) {
                st = -1;
                c.close();
                c = null;
              }
              long dt = System.nanoTime() - t0;
              if (st == expect && kind.equals("create")) {
                Matcher mm = NUMBER.matcher(c.body);
                if (mm.find()) created.add(accounts[acct] + " " + mm.group(1));
              }
              if (m && measuring) {
                if (st != expect) {
                  errors[me]++;
                  synchronized (firstError) {
                    if (firstError[0] == null) firstError[0] = st + " " + (c == null ? "" : c.body);
                  }
                } else {
                  if (counts[me] == lat[me].length) lat[me] = java.util.Arrays.copyOf(lat[me], counts[me] * 2);
                  lat[me][counts[me]++] = dt;
                }
              }
              if (c != null && c.closeAfter) {
                c.close();
                c = null;
              }
            }
          } catch (Exception e) {
            synchronized (firstError) {
              if (firstError[0] == null) firstError[0] = e.toString();
            }
          } finally {
            if (c != null) c.close();
          }
        }, "load-" + t);
        threads[t].start();
      }
      Thread.sleep((long) (warmup * 1000));
      if (jfr != null) jcmd(pid, "JFR.start", "name=window", "settings=profile", "filename=" + jfr);
      long cpu0 = procCpuTicks(pid);
      long self0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      long w0 = System.nanoTime();
      measuring = true;
      Thread.sleep((long) (measure * 1000));
      measuring = false;
      long w1 = System.nanoTime();
      long cpu1 = procCpuTicks(pid);
      long self1 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      stop = true;
      if (jfr != null) jcmd(pid, "JFR.stop", "name=window");
      for (Thread t : threads) t.join(10_000);
      double secs = (w1 - w0) / 1e9;
      int n = 0, err = 0;
      for (int t = 0; t < conns; t++) { n += counts[t]; err += errors[t]; }
      long[] all = new long[n];
      int k = 0;
      for (int t = 0; t < conns; t++) { System.arraycopy(lat[t], 0, all, k, counts[t]); k += counts[t]; }
      java.util.Arrays.sort(all);
      if (kind.equals("create")) {
        java.nio.file.Files.write(targetsFile, created, StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      }
      double hz = 100.0; // USER_HZ on Linux
      System.out.printf(java.util.Locale.ROOT,
          "RESULT kind=%s conns=%d seconds=%.1f n=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d jvm_cpu_pct=%.0f driver_cpu_pct=%.0f accounts=%d%s%n",
          kind, conns, secs, n, n / secs, pct(all, 50), pct(all, 95), pct(all, 99), n == 0 ? 0 : all[n - 1] / 1e6, err,
          pid > 0 ? (cpu1 - cpu0) / hz / secs * 100 : -1, (self1 - self0) / 1e9 / secs * 100, accounts.length,
          firstError[0] == null ? "" : " first_error=" + firstError[0].replaceAll("\\s+", "_").substring(0, Math.min(160, firstError[0].replaceAll("\\s+", "_").length())));
      System.exit(0);
    }

    static void jcmd(long pid, String... args) throws Exception {
      List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
      cmd.addAll(List.of(args));
      new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    static double pct(long[] sorted, int p) {
      if (sorted.length == 0) return 0;
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static long procCpuTicks(long pid) {
      if (pid <= 0) return 0;
      try {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
      } catch (Exception e) {
        return 0;
      }
    }

    static byte[] get(String path, String host, String auth) {
      return ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth
          + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] post(String path, String host, String auth, String json) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + auth
          + "\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: " + body.length
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
      byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
      System.arraycopy(body, 0, all, head.length, body.length);
      return all;
    }
  }

  /** One keep-alive HTTP/1.1 connection: Content-Length and chunked bodies. */
  static final class Conn implements AutoCloseable {
    final java.net.Socket socket;
    final java.io.InputStream in;
    final java.io.OutputStream out;
    String body = "";
    boolean closeAfter;

    Conn(String host, int port) throws java.io.IOException {
      socket = new java.net.Socket(host, port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(30_000);
      in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
      out = socket.getOutputStream();
    }

    int exchange(byte[] request) throws java.io.IOException {
      out.write(request);
      out.flush();
      String status = line();
      int code = Integer.parseInt(status.split(" ")[1]);
      int length = -1;
      boolean chunked = false;
      closeAfter = false;
      for (String h = line(); !h.isEmpty(); h = line()) {
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) length = Integer.parseInt(h.substring(15).trim());
        else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        else if (lower.startsWith("connection:") && lower.contains("close")) closeAfter = true;
      }
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          b.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) { } // trailers
      } else if (length >= 0) {
        b.write(in.readNBytes(length));
      }
      body = b.toString(StandardCharsets.UTF_8);
      return code;
    }

    private String line() throws java.io.IOException {
      StringBuilder s = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) throw new java.io.EOFException("connection closed");
        if (c != '\r') s.append((char) c);
      }
      return s.toString();
    }

    @Override
    public void close() {
      try { socket.close(); } catch (java.io.IOException ignored) { }
    }
  }
}
