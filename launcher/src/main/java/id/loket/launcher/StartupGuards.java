package id.loket.launcher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@link EmbeddedDatabase} checks and clears before it starts PostgreSQL on a data directory
 * that a crash may have left behind: another helper still using it, a postmaster that outlived its
 * helper (stopped with a fast shutdown), a directory left half-initialised (moved aside), and a
 * port taken by some other program.
 */
final class StartupGuards {

  /** How long a leftover postmaster gets for its fast shutdown. */
  static final Duration STALE_STOP_WAIT = Duration.ofSeconds(60);

  private StartupGuards() {}

  static void ensurePortFree(int port) throws EmbeddedDatabase.PortInUseException {
    for (InetAddress address : loopbacks()) {
      try (ServerSocket socket = new ServerSocket()) {
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port));
      } catch (IOException e) {
        if (address.getAddress().length == 16
            && e.getMessage() != null
            && e.getMessage().contains("Cannot assign")) {
          continue; // no IPv6 loopback on this machine
        }
        throw new EmbeddedDatabase.PortInUseException(
            "port "
                + port
                + " on "
                + address.getHostAddress()
                + " is already in use by another program ("
                + e.getMessage()
                + "). Choose another port (LOKET_EMBEDDED_DB_PORT).");
      }
    }
  }

  static List<InetAddress> loopbacks() {
    try {
      return List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** zonky holds a lock on {@code epg-lock} while its PostgreSQL runs: refuse a second helper. */
  static void ensureNotInUseByAnotherHelper(Path dir) throws IOException {
    Path lockFile = dir.resolve("epg-lock");
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
        FileLock lock = out.getChannel().tryLock()) {
      if (lock == null) {
        throw new IOException(
            "the data directory " + dir + " is in use by another running embedded PostgreSQL");
      }
    }
  }

  /**
   * A postmaster.pid whose process still runs means PostgreSQL outlived its helper (kill -9 of the
   * helper or the JVM that ran it): stop it (SIGINT = fast shutdown) before starting our own.
   */
  static void stopStalePostmaster(Path dir) throws IOException {
    Optional<Long> pid = readPostmasterPid(dir);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return; // PostgreSQL removes a stale postmaster.pid itself
    }
    String command = process.get().info().command().orElse("");
    if (!command.endsWith("/postgres") && !command.equals("postgres")) {
      System.err.println(
          "Embedded PostgreSQL: postmaster.pid names process "
              + pid.get()
              + " ("
              + command
              + "), not a postgres; leaving it alone");
      return;
    }
    System.out.println(
        "Embedded PostgreSQL: a previous server (pid "
            + pid.get()
            + ") still runs on "
            + dir
            + "; stopping it (fast shutdown)");
    signal(pid.get(), "INT");
    if (!waitForExit(pid.get(), STALE_STOP_WAIT)) {
      System.err.println("Embedded PostgreSQL: pid " + pid.get() + " ignored SIGINT; SIGQUIT");
      signal(pid.get(), "QUIT");
      if (!waitForExit(pid.get(), Duration.ofSeconds(10))) {
        throw new IOException("could not stop the previous PostgreSQL (pid " + pid.get() + ")");
      }
    }
  }

  /** initdb refuses a non-empty directory: one without postgresql.conf is a broken first start. */
  static void moveAsideIfHalfInitialised(Path dir) throws IOException {
    if (!Files.isDirectory(dir) || Files.exists(dir.resolve("postgresql.conf"))) {
      return;
    }
    try (var entries = Files.list(dir)) {
      if (entries.findAny().isEmpty()) {
        return;
      }
    }
    Path aside =
        dir.resolveSibling(dir.getFileName() + ".broken-" + Instant.now().getEpochSecond());
    System.err.println(
        "Embedded PostgreSQL: "
            + dir
            + " is half-initialised; moved to "
            + aside
            + ", starting anew");
    Files.move(dir, aside);
  }

  static Optional<Long> readPostmasterPid(Path dir) {
    Path pidFile = dir.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static boolean waitForExit(long pid, Duration timeout) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty()) {
      return true;
    }
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (Exception e) {
      // onExit of a process that is not our child polls; fall back to polling ourselves
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.get().isAlive()) {
          return true;
        }
        sleep(100);
      }
      return !process.get().isAlive();
    }
  }

  static void signal(long pid, String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
          .inheritIO()
          .start()
          .waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while signalling " + pid, e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
