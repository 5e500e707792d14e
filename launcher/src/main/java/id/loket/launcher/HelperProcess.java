package id.loket.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every helper process the run command starts beside Payara (the embedded database, the
 * embedded mail server) does alike: read {@code --key value} options, tell the launcher it is ready
 * through a file that appears whole, and stop when the process that started it is gone.
 */
final class HelperProcess {

  private HelperProcess() {}

  /**
   * {@code --key value} / {@code --key=value} over {@code defaults}; only {@code known} keys.
   *
   * @throws IllegalArgumentException naming the bad argument, with {@code usage}
   */
  static Map<String, String> options(
      String[] args, Map<String, String> defaults, List<String> known, String usage) {
    Map<String, String> options = new HashMap<>(defaults);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + arg + "; " + usage);
      }
      int eq = arg.indexOf('=');
      if (eq > 0) {
        options.put(arg.substring(2, eq), arg.substring(eq + 1));
      } else if (i + 1 < args.length) {
        options.put(arg.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException(arg + " needs a value; " + usage);
      }
    }
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown option --" + key + "; " + usage);
      }
    }
    return options;
  }

  /** Writes {@code content} to the ready file (if any) so that it appears whole or not at all. */
  static void announceReady(Optional<Path> readyFile, String content) throws IOException {
    if (readyFile.isPresent()) {
      Path tmp = readyFile.get().resolveSibling(readyFile.get().getFileName() + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      Files.move(tmp, readyFile.get(), StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /**
   * Never returns: exits (running the shutdown hooks) once the process that started this one is
   * gone, e.g. a launcher killed without stopping its helpers.
   */
  static void stopWhenOrphaned(Optional<ProcessHandle> parent, String what)
      throws InterruptedException {
    while (true) {
      Thread.sleep(1000);
      if (parent.isPresent() && !parent.get().isAlive()) {
        System.out.println(
            what + ": the process that started it (" + parent.get().pid() + ") is gone; stopping.");
        System.exit(0);
      }
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // nothing to do
    }
  }
}
