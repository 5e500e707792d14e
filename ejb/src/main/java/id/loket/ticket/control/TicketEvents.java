package id.loket.ticket.control;

import id.loket.ticket.entity.Ticket;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.resource.AdministeredObjectDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes ticket events on the {@code loket.ticket.events} queue through the ActiveMQ resource
 * adapter.
 *
 * <p>Sending joins the caller's JTA transaction: the message is delivered only if the ticket is
 * committed, and a rolled-back ticket never announces itself. The resource adapter's factory does
 * not support {@code createContext()}, hence the JMS 1.1 style.
 */
@ConnectionFactoryDefinition(
    name = TicketEvents.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = TicketEvents.RESOURCE_ADAPTER,
    transactionSupport =
        jakarta.resource.spi.TransactionSupport.TransactionSupportLevel.XATransaction,
    minPoolSize = 1,
    maxPoolSize = 16)
@AdministeredObjectDefinition(
    name = TicketEvents.QUEUE,
    interfaceName = "jakarta.jms.Queue",
    className = "org.apache.activemq.command.ActiveMQQueue",
    resourceAdapter = TicketEvents.RESOURCE_ADAPTER,
    properties = {"PhysicalName=" + TicketEvents.QUEUE_NAME})
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TicketEvents {

  public static final String CONNECTION_FACTORY = "java:app/jms/loketConnectionFactory";
  public static final String QUEUE = "java:app/jms/ticketEvents";
  public static final String QUEUE_NAME = "loket.ticket.events";

  /**
   * The ActiveMQ resource adapter: the connector module {@code activemq-rar.rar} inside the same
   * application (the EAR), in the standard relative form. On Payara Micro, which deploys the
   * adapter beside the WAR as {@code activemq-rar}, the Micro WAR's {@code WEB-INF/ejb-jar.xml}
   * overrides it. (The message-driven bean's adapter is set in {@code glassfish-ejb-jar.xml}.)
   */
  public static final String RESOURCE_ADAPTER = "#activemq-rar";

  @Resource(lookup = CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = QUEUE)
  Queue queue;

  public void ticketCreated(Ticket ticket, Instant at) {
    publish(
        new TicketEvent(
            UUID.randomUUID().toString(),
            TicketEvent.CREATED,
            ticket.getNumber().value(),
            ticket.getRequester(),
            ticket.getPriority().name(),
            at));
  }

  private void publish(TicketEvent event) {
    String json = event.toJson();
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageProducer producer = session.createProducer(queue)) {
      TextMessage message = session.createTextMessage(json);
      message.setStringProperty("type", event.type());
      message.setJMSCorrelationID(event.eventId());
      producer.send(message);
    } catch (JMSException e) {
      throw new IllegalStateException(
          "Could not publish " + event.type() + " for " + event.ticketNumber(), e);
    }
  }
}
