package id.loket.it.probe;

import id.loket.messaging.boundary.EventEnvelope;
import id.loket.platform.JmsResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test-only probe for the follow-up ITs: delivers an escalation's stored event again (twice) on the
 * escalation queue, followed by a marker event in the same message group (so the consumer sees the
 * copies before the marker), and counts inbox rows. Never part of a build that ships.
 */
@Path("it-probe/followup")
@RequestScoped
public class FollowUpProbe {

  @Resource UserTransaction transaction;

  @PersistenceContext(unitName = "loket")
  EntityManager em;

  @Resource(lookup = JmsResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = JmsResources.ESCALATIONS)
  Queue queue;

  /**
   * Sends the stored escalation event of ticket {@code number} twice, then a marker event for a new
   * escalation of ticket {@code marker} (written here, without an outbox event of its own).
   */
  @POST
  @Path("redeliver")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> redeliver(
      @QueryParam("number") String number, @QueryParam("marker") String marker) throws Exception {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT event_id, event_type, aggregate_type, aggregate_key, payload::text"
                        + " FROM outbox_event WHERE aggregate_type = 'escalation'"
                        + " AND aggregate_key = ?1 ORDER BY id DESC LIMIT 1")
                .setParameter(1, number)
                .getSingleResult();
    EventEnvelope stored;
    try (var reader = Json.createReader(new java.io.StringReader((String) row[4]))) {
      stored =
          new EventEnvelope(
              ((Number) row[0]).longValue(),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              Instant.now(),
              reader.readObject());
    }
    long markerEscalation;
    Instant now = Instant.now();
    transaction.begin();
    try {
      markerEscalation =
          ((Number)
                  em.createNativeQuery("SELECT nextval('ticket_escalation_seq')").getSingleResult())
              .longValue();
      em.createNativeQuery(
              "INSERT INTO ticket_escalation (id, ticket_id, escalated_by, reason, escalated_at,"
                  + " closed_at) SELECT ?1, id, requester, 'Probe marker', ?2, ?3 FROM ticket"
                  + " WHERE number = ?4")
          .setParameter(1, markerEscalation)
          .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
          .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
          .setParameter(4, marker)
          .executeUpdate();
      transaction.commit();
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
    long markerEvent = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    EventEnvelope markerEnvelope =
        new EventEnvelope(
            markerEvent,
            stored.type(),
            stored.aggregateType(),
            marker,
            now,
            Json.createObjectBuilder()
                .add("escalationId", markerEscalation)
                .add("number", marker)
                .add("requester", "probe")
                .build());
    send(List.of(stored.toJson(), stored.toJson(), markerEnvelope.toJson()));
    return Map.of("eventId", stored.eventId(), "markerEventId", markerEvent);
  }

  /** Inbox rows of the escalation consumer for {@code eventId}. */
  @GET
  @Path("consumed")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> consumed(@QueryParam("eventId") long eventId) {
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM consumed_event WHERE consumer = 'escalation-cases'"
                        + " AND event_id = ?1")
                .setParameter(1, eventId)
                .getSingleResult();
    return Map.of("count", n.longValue());
  }

  private void send(List<String> bodies) throws Exception {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer = session.createProducer(queue)) {
      for (String body : bodies) {
        TextMessage message = session.createTextMessage(body);
        message.setStringProperty("JMSXGroupID", "it-probe-followup");
        producer.send(message);
      }
    }
  }
}
