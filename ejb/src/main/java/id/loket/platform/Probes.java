package id.loket.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Touches the database for the readiness check (the broker is reported, never required: see {@code
 * MessagingStatus}). An EJB, so that the checks run with the application's naming context even when
 * Payara's health endpoint calls them from outside it (as it does for an EAR).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Probes {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  /** The database product and version, if a connection is valid; throws otherwise. */
  public String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(2)) {
        throw new SQLException("connection is not valid");
      }
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
  }
}
