package id.loket.messaging.boundary;

import id.loket.platform.DatabaseMigration;
import id.loket.platform.JmsResources;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * How events flow: whether the broker answers, how many events wait in the outbox and how old the
 * oldest is, and how many dead letters wait for an administrator. For the health report and the
 * admin page; the service itself keeps working while the broker is away.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessagingStatus {

  /** A snapshot; {@code brokerError} is null while the broker answers. */
  public record Snapshot(
      boolean brokerUp,
      String brokerError,
      long backlog,
      Duration oldestAge,
      long deadLetters,
      String relayError) {}

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Resource(lookup = JmsResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Inject Clock clock;
  @EJB OutboxRelay relay;

  public Snapshot snapshot() {
    String brokerError = null;
    try (jakarta.jms.Connection c = connectionFactory.createConnection()) {
      c.start();
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      brokerError = String.valueOf(cause.getMessage());
    }
    long backlog = 0;
    long dead = 0;
    Duration oldest = Duration.ZERO;
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT (SELECT count(*) FROM outbox_event WHERE published_at IS NULL),"
                    + " (SELECT min(created_at) FROM outbox_event WHERE published_at IS NULL),"
                    + " (SELECT count(*) FROM dead_letter WHERE retried_at IS NULL)");
        ResultSet r = s.executeQuery()) {
      r.next();
      backlog = r.getLong(1);
      Timestamp first = r.getTimestamp(2);
      if (first != null) {
        oldest = Duration.between(first.toInstant(), clock.instant());
        oldest = oldest.isNegative() ? Duration.ZERO : oldest;
      }
      dead = r.getLong(3);
    } catch (SQLException e) {
      throw new IllegalStateException("Outbox not readable: " + e.getMessage(), e);
    }
    return new Snapshot(brokerError == null, brokerError, backlog, oldest, dead, relay.lastError());
  }
}
