package id.loket.ticket.control;

import id.loket.platform.DatabaseMigration;
import id.loket.ticket.entity.TicketNumber;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Hands out ticket numbers from the database sequence {@code ticket_number_seq}, so that any number
 * of nodes never hand out the same one. The year in the number is the UTC year of creation; the
 * sequence runs on across years.
 */
@ApplicationScoped
public class TicketNumbers {

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  private volatile String nextValueSql;

  public TicketNumber next(Instant now) {
    long sequence = ((Number) em.createNativeQuery(nextValueSql()).getSingleResult()).longValue();
    return TicketNumber.of(now.atZone(ZoneOffset.UTC).getYear(), sequence);
  }

  private String nextValueSql() {
    String sql = nextValueSql;
    if (sql == null) {
      sql =
          isPostgres()
              ? "SELECT nextval('ticket_number_seq')"
              : "SELECT NEXT VALUE FOR ticket_number_seq";
      nextValueSql = sql;
    }
    return sql;
  }

  private boolean isPostgres() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
  }
}
