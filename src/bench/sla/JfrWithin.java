import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time of one method goes, from a JFR recording: of the CPU samples (jdk.ExecutionSample)
 * and of the socket reads (jdk.SocketRead: with a 0 ms threshold, each a wait for the database or
 * the broker) whose stack contains ANCHOR, the share that also contains each method called from it
 * (inclusive), for the methods whose "Class.method" matches FILTER.
 *
 * <pre>java src/bench/sla/JfrWithin.java RECORDING.jfr ANCHOR [top=25] [FILTER]</pre>
 *
 * ANCHOR is matched against "SimpleClassName.method" of each frame, e.g. "SlaSweep.once".
 */
public class JfrWithin {
  static final String DEFAULT_FILTER =
      "id\\.loket\\..*|.*JsonProvider\\.provider|.*EntityManagerImpl\\.(flush|persist|find|createNativeQuery)"
          + "|.*UnitOfWorkImpl\\.(commit.*|calculateChanges)|.*BaseContainer\\.(postInvokeTx|completeNewTx)"
          + "|.*PgPreparedStatement\\.execute.*|.*PgConnection\\.commit|.*ActiveMQ.*\\.send|.*JTATransactionWrapper.*";

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String anchor = args[1];
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    Pattern filter = Pattern.compile(args.length > 3 ? args[3] : DEFAULT_FILTER);
    Map<String, Integer> cpu = new HashMap<>();
    Map<String, Long> ioNanos = new HashMap<>();
    Map<String, Integer> ioCount = new HashMap<>();
    int cpuTotal = 0, ioTotal = 0;
    long ioTotalNanos = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      boolean sample = type.equals("jdk.ExecutionSample");
      boolean read = type.equals("jdk.SocketRead");
      if ((!sample && !read) || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      int at = -1;
      for (int i = 0; i < frames.size(); i++) {
        if (name(frames.get(i), true).equals(anchor)) {
          at = i; // the outermost-but-first match from the top: callees are frames 0..at-1
          break;
        }
      }
      if (at < 0) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < at; i++) {
        String n = name(frames.get(i), false);
        if (filter.matcher(n).matches()) {
          seen.add(n);
        }
      }
      if (sample) {
        cpuTotal++;
        for (String n : seen) cpu.merge(n, 1, Integer::sum);
      } else {
        long d = e.getDuration().toNanos();
        ioTotal++;
        ioTotalNanos += d;
        for (String n : seen) {
          ioNanos.merge(n, d, Long::sum);
          ioCount.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.printf("%s: within %s: %d CPU samples, %d socket reads waiting %d ms in all%n", file.getFileName(), anchor,
        cpuTotal, ioTotal, Duration.ofNanos(ioTotalNanos).toMillis());
    System.out.println("-- CPU samples, inclusive (share of the samples within the anchor)");
    int total = cpuTotal;
    cpu.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(x -> System.out.printf("  %5.1f%% %6d  %s%n", 100.0 * x.getValue() / Math.max(1, total), x.getValue(), x.getKey()));
    System.out.println("-- socket reads (waits for PostgreSQL or the broker), inclusive: reads, ms waited, share of the wait");
    long all = ioTotalNanos;
    ioNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(x -> System.out.printf("  %5.1f%% %7d reads %8d ms  %s%n", 100.0 * x.getValue() / Math.max(1, all),
            ioCount.get(x.getKey()), Duration.ofNanos(x.getValue()).toMillis(), x.getKey()));
  }

  static String name(RecordedFrame f, boolean simple) {
    String type = f.getMethod().getType().getName();
    if (simple) {
      type = type.substring(type.lastIndexOf('.') + 1);
    }
    return type + "." + f.getMethod().getName();
  }
}
