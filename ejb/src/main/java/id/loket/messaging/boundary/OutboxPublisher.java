package id.loket.messaging.boundary;

import id.loket.platform.DatabaseMigration;
import id.loket.platform.JmsResources;
import id.loket.shared.Json;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Publishes one batch of committed outbox rows. Outside JTA: a local database transaction (on the
 * non-enlisted data source) holds the claimed rows while a local JMS transaction sends them.
 *
 * <p>Only one node publishes at a time (a transaction-scoped advisory lock; the others return at
 * once), and it claims rows with {@code FOR UPDATE SKIP LOCKED} in id order, so rows are never
 * published twice in the normal case and each ticket's events leave in order. The batch is sent in
 * one local JMS transaction and committed to the broker <em>before</em> the rows are marked
 * published: a crash in between publishes the batch again, which consumers ignore by event id (at
 * least once on the wire, once in effect).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxPublisher {

  /** Key of the advisory lock that makes one node at a time the publisher. */
  static final long RELAY_LOCK = 0x4C4F4B45544F42L; // "LOKETOB"

  @Resource(lookup = DatabaseMigration.NON_TRANSACTIONAL_DATA_SOURCE)
  DataSource dataSource;

  @Resource(lookup = JmsResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = JmsResources.TICKET_EVENTS)
  Queue queue;

  @Resource(lookup = JmsResources.ESCALATIONS)
  Queue escalations;

  @Inject Clock clock;

  /**
   * @return how many events were published (0: none waiting, or another node is publishing)
   * @throws PublishFailedException if the broker did not take them (nothing is marked)
   */
  public int publishBatch(int max) {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(false);
      try {
        if (!relayLock(db)) {
          db.rollback();
          return 0;
        }
        List<Row> batch = claim(db, max);
        if (!batch.isEmpty()) {
          send(batch);
          markPublished(db, batch);
        }
        db.commit();
        return batch.size();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Outbox not readable: " + e.getMessage(), e);
    }
  }

  /** Deletes at most {@code max} events published before {@code before}; returns how many. */
  public int purgePublished(Instant before, int max) {
    return update(
        "DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event"
            + " WHERE published_at < ? ORDER BY published_at LIMIT ?)",
        before,
        max);
  }

  /** Deletes at most {@code max} inbox rows older than {@code before}; returns how many. */
  public int purgeConsumed(Instant before, int max) {
    return update(
        "DELETE FROM consumed_event WHERE ctid IN (SELECT ctid FROM consumed_event"
            + " WHERE consumed_at < ? ORDER BY consumed_at LIMIT ?)",
        before,
        max);
  }

  private int update(String sql, Instant before, int max) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(sql)) {
      db.setAutoCommit(true);
      s.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
      s.setInt(2, max);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Purge failed: " + e.getMessage(), e);
    }
  }

  private static boolean relayLock(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
      s.setLong(1, RELAY_LOCK);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  private static List<Row> claim(Connection db, int max) throws SQLException {
    List<Row> batch = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "SELECT id, event_id, aggregate_type, aggregate_key, event_type, payload::text,"
                + " created_at FROM outbox_event WHERE published_at IS NULL"
                + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      s.setInt(1, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Timestamp created = r.getTimestamp(7);
          try (var json = Json.createReader(r.getString(6))) {
            batch.add(
                new Row(
                    r.getLong(1),
                    new EventEnvelope(
                        r.getLong(2),
                        r.getString(5),
                        r.getString(3),
                        r.getString(4),
                        created.toInstant(),
                        json.readObject())));
          }
        }
      }
    }
    return batch;
  }

  /** A claimed row: its id, and the event it carries (whose id differs for a re-publish). */
  private record Row(long id, EventEnvelope envelope) {}

  private void send(List<Row> batch) {
    try (jakarta.jms.Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageProducer producer = session.createProducer(null)) {
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      for (Row row : batch) {
        EventEnvelope event = row.envelope();
        TextMessage message = session.createTextMessage(event.toJson());
        message.setLongProperty("eventId", event.eventId());
        message.setStringProperty("type", event.type());
        message.setStringProperty("JMSXGroupID", event.key());
        message.setJMSCorrelationID(Long.toString(event.eventId()));
        producer.send(destination(event), message);
      }
      session.commit();
    } catch (JMSException | RuntimeException e) {
      throw new PublishFailedException(
          "The broker did not take " + batch.size() + " event(s): " + e.getMessage(), e);
    }
  }

  /** Escalations have their own queue; every other event goes to the ticket-event queue. */
  private Queue destination(EventEnvelope event) {
    return JmsResources.ESCALATIONS_QUEUE.equals(JmsResources.queueNameFor(event.aggregateType()))
        ? escalations
        : queue;
  }

  private void markPublished(Connection db, List<Row> batch) throws SQLException {
    Long[] ids = batch.stream().map(Row::id).toArray(Long[]::new);
    try (PreparedStatement s =
        db.prepareStatement("UPDATE outbox_event SET published_at = ? WHERE id = ANY (?)")) {
      s.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      s.setArray(2, db.createArrayOf("bigint", ids));
      s.executeUpdate();
    }
  }
}
