package id.loket.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the application's one data source and brings its schema up to date before anything else
 * touches it.
 *
 * <p>The schema belongs to the Flyway migrations under {@code db/migration}; JPA never generates
 * DDL. The database is PostgreSQL (embedded by the launcher, or any server), and the migrations use
 * its features freely. Which database is used is configuration ({@code loket.db.*}, e.g. the
 * environment variable {@code LOKET_DB_URL}). When several nodes start together, Flyway's own lock
 * on its history table lets exactly one of them migrate.
 */
@DataSourceDefinition(
    name = DatabaseMigration.NON_TRANSACTIONAL_DATA_SOURCE,
    className = "${MPCONFIG=loket.db.driver-class}",
    url = "${MPCONFIG=loket.db.url}",
    user = "${MPCONFIG=loket.db.user}",
    password = "${MPCONFIG=loket.db.password}",
    minPoolSize = 1,
    maxPoolSize = 4,
    maxIdleTime = 300,
    transactional = false)
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "${MPCONFIG=loket.db.driver-class}",
    url = "${MPCONFIG=loket.db.url}",
    user = "${MPCONFIG=loket.db.user}",
    password = "${MPCONFIG=loket.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300,
    transactional = true)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATA_SOURCE = "java:app/jdbc/loket";

  /**
   * The same database, never enlisted in a JTA transaction: for work that must commit on its own
   * terms beside a non-JTA resource (the outbox relay: database and broker, each with its own local
   * transaction, no XA).
   */
  public static final String NON_TRANSACTIONAL_DATA_SOURCE = "java:app/jdbc/loketLocal";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database "
                + describe()
                + ": schema at version "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied now");
  }

  private String describe() {
    try (Connection c = dataSource.getConnection()) {
      var meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      return "(unknown: " + e.getMessage() + ")";
    }
  }
}
