package id.loket.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL without an install step: the zonky binaries (PostgreSQL 17.6, Linux x86-64) run on a
 * data directory that survives restarts.
 *
 * <p>As a program ({@code java -cp 'launcher/target/runtime/lib/*'
 * id.loket.launcher.EmbeddedDatabase --data-dir DIR --port PORT [--database loket] [--ready-file
 * FILE]}, or the environment variables {@code LOKET_EMBEDDED_DB_DIR}, {@code
 * LOKET_EMBEDDED_DB_PORT}, {@code LOKET_EMBEDDED_DB_NAME}) it starts PostgreSQL, creates the
 * database if it is missing, prints one "ready" line, and stops PostgreSQL (fast shutdown) on
 * SIGTERM/SIGINT or when the process that started it dies. The integration tests use the same class
 * in their own JVM through {@link #start}.
 *
 * <p>Who connects: the superuser {@code postgres}; initdb ran with {@code -A trust}, so any
 * password (or none) is accepted from this machine. The server listens on {@code localhost} only.
 *
 * <p>After a crash: a postmaster still running on the data directory (its helper was killed with
 * SIGKILL) is stopped first (SIGINT, fast shutdown); a data directory left half-initialised is
 * moved aside and initialised again.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Superuser created by zonky's initdb ({@code -U postgres -A trust}). */
  public static final String USER = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final int port;
  private final String database;
  private final String version;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres, Path dataDir, int port, String database, String version) {
    this.postgres = postgres;
    this.dataDir = dataDir;
    this.port = port;
    this.database = database;
    this.version = version;
  }

  /**
   * Starts PostgreSQL on {@code dataDir} (initialised on first use, kept afterwards) at {@code
   * 127.0.0.1:port} and creates {@code database} when it is missing. The server's own log goes to
   * {@code <dataDir>.log} beside the data directory.
   */
  public static EmbeddedDatabase start(Path dataDir, int port, String database) throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    Files.createDirectories(dir.getParent());
    StartupGuards.ensureNotInUseByAnotherHelper(dir);
    StartupGuards.stopStalePostmaster(dir);
    StartupGuards.moveAsideIfHalfInitialised(dir);
    StartupGuards.ensurePortFree(port);

    File log = dir.resolveSibling(dir.getFileName() + ".log").toFile();
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dir)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setPGStartupWait(Duration.ofSeconds(60))
            // zonky defaults to synchronous_commit=off and max_connections=300; Loket acknowledges
            // a ticket only after its commit is on disk.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "100")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .setServerConfig("listen_addresses", "localhost")
            .setServerConfig("timezone", "UTC")
            // PostgreSQL 17's own UTF-8 locale: the same sorting whatever locales the OS has.
            .setLocaleConfig("locale-provider", "builtin")
            .setLocaleConfig("builtin-locale", "C.UTF-8")
            .setLocaleConfig("locale", "C")
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
            .start();
    try {
      String version = createDatabaseIfMissing(port, database);
      return new EmbeddedDatabase(postgres, dir, port, database, version);
    } catch (SQLException | RuntimeException e) {
      postgres.close();
      throw new IOException(
          "PostgreSQL started but the database " + database + " is not usable", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String version() {
    return version;
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, "");
  }

  /** Fast shutdown (pg_ctl stop -m fast); idempotent. */
  @Override
  public void close() throws IOException {
    postgres.close();
    // pg_ctl gives up after 5 s; make sure the postmaster really is gone before we report it.
    StartupGuards.readPostmasterPid(dataDir)
        .ifPresent(pid -> StartupGuards.waitForExit(pid, StartupGuards.STALE_STOP_WAIT));
  }

  // ---------------------------------------------------------------------------------------------
  // The helper program.

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Map<String, String> options = Options.parse(args);
    Path dataDir = Path.of(options.getOrDefault("data-dir", "data/postgres"));
    int port = Integer.parseInt(options.getOrDefault("port", "5438"));
    String database = options.getOrDefault("database", "loket");
    Optional<Path> readyFile = Optional.ofNullable(options.get("ready-file")).map(Path::of);
    readyFile.ifPresent(HelperProcess::deleteQuietly);

    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    long t0 = System.nanoTime();
    EmbeddedDatabase db;
    try {
      db = start(dataDir, port, database);
    } catch (PortInUseException e) {
      System.err.println("Embedded PostgreSQL: " + e.getMessage());
      System.exit(2);
      return;
    } catch (Exception e) {
      System.err.println("Embedded PostgreSQL did not start: " + e);
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        System.err.println("  caused by: " + c);
      }
      System.err.println("  server log: " + dataDir.toAbsolutePath().normalize() + ".log");
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    db.close();
                    readyFile.ifPresent(HelperProcess::deleteQuietly);
                    System.out.println("Embedded PostgreSQL on port " + db.port() + " stopped.");
                  } catch (Exception e) {
                    System.err.println("Embedded PostgreSQL: stopping failed: " + e);
                  }
                },
                "embedded-postgres-stop"));

    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    String ready =
        String.format(
            "Embedded PostgreSQL %s ready on 127.0.0.1:%d, data in %s (database %s, user %s, trust"
                + " authentication) in %d ms",
            db.version(), db.port(), db.dataDir(), database, USER, ms);
    System.out.println(ready);
    System.out.flush();
    HelperProcess.announceReady(readyFile, db.jdbcUrl() + "\n");
    // Orphaned (the launcher died without stopping us): stop PostgreSQL and leave.
    HelperProcess.stopWhenOrphaned(parent, "Embedded PostgreSQL");
  }

  /** --key value / --key=value, falling back to LOKET_EMBEDDED_DB_* environment variables. */
  private static final class Options {
    static Map<String, String> parse(String[] args) {
      Map<String, String> defaults = new java.util.HashMap<>();
      env("LOKET_EMBEDDED_DB_DIR").ifPresent(v -> defaults.put("data-dir", v));
      env("LOKET_EMBEDDED_DB_PORT").ifPresent(v -> defaults.put("port", v));
      env("LOKET_EMBEDDED_DB_NAME").ifPresent(v -> defaults.put("database", v));
      return HelperProcess.options(
          args, defaults, List.of("data-dir", "port", "database", "ready-file"), usage());
    }

    private static Optional<String> env(String name) {
      return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    private static String usage() {
      return "usage: EmbeddedDatabase --data-dir DIR --port PORT [--database NAME]"
          + " [--ready-file FILE]";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Crash recovery and checks.

  /** Thrown when something other than our own PostgreSQL listens on the port. */
  public static final class PortInUseException extends IOException {
    PortInUseException(String message) {
      super(message);
    }
  }

  private static String createDatabaseIfMissing(int port, String database) throws SQLException {
    if (!database.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("database name must be a plain identifier: " + database);
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    try (Connection c = DriverManager.getConnection(url, USER, "")) {
      boolean exists;
      try (PreparedStatement q =
          c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
        q.setString(1, database);
        try (ResultSet rs = q.executeQuery()) {
          exists = rs.next();
        }
      }
      try (Statement s = c.createStatement()) {
        if (!exists) {
          s.execute("CREATE DATABASE " + database + " OWNER " + USER);
        }
        try (ResultSet rs = s.executeQuery("SHOW server_version")) {
          rs.next();
          return rs.getString(1);
        }
      }
    }
  }
}
