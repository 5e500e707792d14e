package id.loket.it.support;

import id.loket.launcher.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database of the server under test, for tests that look at it directly: {@link #connection()}
 * opens a plain JDBC connection to it (the embedded PostgreSQL of the default run, or the external
 * one of {@code -Ppostgres}; the URL and credentials come from failsafe: {@code loket.it.db.*}).
 */
public final class ItDatabase {

  private static EmbeddedDatabase embedded;

  private ItDatabase() {}

  /** A new connection (auto-commit) to the database the server under test uses. Close it. */
  public static Connection connection() throws SQLException {
    return DriverManager.getConnection(
        property("loket.it.db.url"),
        System.getProperty("loket.it.db.user", "postgres"),
        System.getProperty("loket.it.db.password", ""));
  }

  /**
   * Appends {@code rows} history lines (public replies by sari, a second apart) to the ticket
   * {@code number}, straight into the table: fast, for tests of long histories.
   */
  public static void addHistory(String number, int rows) throws SQLException {
    try (Connection db = connection();
        PreparedStatement s =
            db.prepareStatement(
                "INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name,"
                    + " old_value, new_value)"
                    + " SELECT -nextval('ticket_audit_seq'), t.id,"
                    + " t.created_at + g * interval '1 second', 'sari', 'comment', NULL,"
                    + " '\"PUBLIC\"'::jsonb FROM ticket t, generate_series(1, ?) g"
                    + " WHERE t.number = ?")) {
      s.setInt(1, rows);
      s.setString(2, number);
      int added = s.executeUpdate();
      if (added != rows) {
        throw new IllegalStateException("Added " + added + " history rows to " + number);
      }
    }
  }

  /** Starts PostgreSQL on a fresh data directory ({@code loket.it.db.dir}), database loket_it. */
  static synchronized void startEmbedded() {
    if (embedded != null) {
      return;
    }
    Path dir = Path.of(property("loket.it.db.dir"));
    int port = Integer.parseInt(property("loket.it.db.port"));
    try {
      deleteRecursively(dir);
      long t0 = System.nanoTime();
      embedded = EmbeddedDatabase.start(dir, port, "loket_it");
      System.out.printf(
          "[it] Embedded PostgreSQL %s on 127.0.0.1:%d (%s) started in %d ms%n",
          embedded.version(), port, dir, (System.nanoTime() - t0) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded test database", e);
    }
  }

  static synchronized void stopEmbedded() {
    if (embedded == null) {
      return;
    }
    try {
      embedded.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded test database", e);
    } finally {
      embedded = null;
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set (run the ITs with failsafe)");
    }
    return value;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
