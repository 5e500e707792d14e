package id.loket.it.probe;

import id.loket.platform.JmsResources;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Test-only probe, added to the real WAR by the integration tests that need to reach behind the
 * API: roll back a change after its event was written, and put raw messages on the ticket-event
 * queue (duplicates, poison). Never part of a build that ships.
 */
@Path("it-probe")
@RequestScoped
public class ItProbe {

  @Inject TicketService tickets;
  @Resource UserTransaction transaction;

  @PersistenceContext(unitName = "loket")
  EntityManager em;

  @Resource(lookup = JmsResources.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = JmsResources.TICKET_EVENTS)
  Queue queue;

  /**
   * Opens a ticket as the caller and rolls the transaction back after the ticket and its event were
   * written (and flushed): answers the number it had and how many outbox rows it saw.
   */
  @POST
  @Path("open-then-roll-back")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> openThenRollBack() throws Exception {
    transaction.begin();
    try {
      NewTicket request = new NewTicket();
      request.setTitle("Rolled back after its event was written");
      request.setDescription("The probe rolls this back.");
      request.setCategory("other");
      request.setImpact(Impact.LOW);
      request.setUrgency(Urgency.LOW);
      TicketDetails opened = tickets.open(request);
      em.flush();
      Number rows =
          (Number)
              em.createNativeQuery(
                      "SELECT count(*) FROM outbox_event WHERE aggregate_key = ?1"
                          + " AND event_type = 'TICKET_CREATED'")
                  .setParameter(1, opened.number())
                  .getSingleResult();
      return Map.of("number", opened.number(), "outboxRows", rows.longValue());
    } finally {
      transaction.rollback();
    }
  }

  /** Puts {@code copies} identical text messages on the ticket-event queue, in one group. */
  @POST
  @Path("send")
  @Consumes(MediaType.TEXT_PLAIN)
  public void send(String body, @QueryParam("copies") Integer copies) throws Exception {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageProducer producer = session.createProducer(queue)) {
      for (int i = 0; i < (copies == null ? 1 : copies); i++) {
        TextMessage message = session.createTextMessage(body);
        message.setStringProperty("JMSXGroupID", "it-probe");
        producer.send(message);
      }
    }
  }
}
