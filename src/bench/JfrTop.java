import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples (jdk.ExecutionSample) of a JFR recording: top methods by self time,
 * top methods and package groups by inclusive time (share of samples whose stack contains them),
 * and samples per thread group. JDK 17 has no {@code jfr view hot-methods}; this is its stand-in.
 *
 * <pre>java src/bench/JfrTop.java RECORDING.jfr [top=20] [thread-name-filter]</pre>
 */
public class JfrTop {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String threadFilter = args.length > 2 ? args[2] : null;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> groups = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
      thread = thread == null ? "?" : thread.replaceAll("[0-9]+", "N");
      if (threadFilter != null && !thread.contains(threadFilter)) {
        continue;
      }
      total++;
      threads.merge(thread, 1, Integer::sum);
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      Set<String> seenGroups = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f.getMethod());
        if (seen.add(n)) {
          inclusive.merge(n, 1, Integer::sum);
        }
        String g = group(f.getMethod());
        if (g != null && seenGroups.add(g)) {
          groups.merge(g, 1, Integer::sum);
        }
      }
    }
    System.out.printf("%s: %d CPU samples%s%n", file.getFileName(), total,
        threadFilter == null ? "" : " (threads containing '" + threadFilter + "')");
    print("threads", threads, total, top);
    print("top methods by SELF samples", self, total, top);
    print("package groups by INCLUSIVE samples (stack contains)", groups, total, top);
    Map<String, Integer> app = new HashMap<>();
    inclusive.forEach((k, v) -> { if (!PLUMBING.matcher(k).find()) app.put(k, v); });
    print("methods by INCLUSIVE samples (without the HTTP/servlet/reflection plumbing every request passes)", app, total, top * 2);
  }

  static final java.util.regex.Pattern PLUMBING = java.util.regex.Pattern.compile(
      "^(org\\.glassfish\\.grizzly|org\\.apache\\.catalina|com\\.sun\\.enterprise\\.(v3|web)|java\\.lang\\.Thread\\."
          + "|java\\.lang\\.reflect|jdk\\.internal\\.reflect|java\\.lang\\.invoke|jakarta\\.servlet)");

  static void print(String title, Map<String, Integer> m, int total, int top) {
    System.out.println("-- " + title);
    List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
    l.sort((a, b) -> b.getValue() - a.getValue());
    for (int i = 0; i < Math.min(top, l.size()); i++) {
      System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * l.get(i).getValue() / Math.max(1, total), l.get(i).getValue(), l.get(i).getKey());
    }
  }

  static String name(RecordedMethod m) {
    if (m == null) return "?";
    String t = m.getType() == null ? "?" : m.getType().getName();
    return t + "." + m.getName();
  }

  /** A coarse owner of a frame: the first three package components. */
  static String group(RecordedMethod m) {
    if (m == null || m.getType() == null) return null;
    String t = m.getType().getName();
    String[] p = t.split("\\.");
    if (p.length <= 2) return p[0];
    return p[0] + "." + p[1] + "." + p[2];
  }
}
