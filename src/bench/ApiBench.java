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
 */
public class ApiBench {

  private static final Pattern NUMBER = Pattern.compile("\"number\":\"(LKT-[0-9-]+)\"");

  public static void main(String[] args) throws Exception {
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
}
