package id.loket.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.resource.AdministeredObjectDefinition;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The application's JMS resources, through the ActiveMQ resource adapter.
 *
 * <p>The connection factory takes part in no transaction ({@code NoTransaction}): Loket never sends
 * inside a request's transaction, only from the outbox relay after the change committed, with a
 * local JMS transaction per batch. No two-phase commit anywhere.
 *
 * <p>{@value #RESOURCE_ADAPTER} names the connector module inside the same application (the EAR).
 * On Payara Micro, which deploys the adapter beside the WAR as {@code activemq-rar}, the Micro
 * WAR's {@code WEB-INF/ejb-jar.xml} re-declares the same resources for it. (A bean only because
 * resource definitions and that descriptor hang on a component.)
 */
@ConnectionFactoryDefinition(
    name = JmsResources.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = JmsResources.RESOURCE_ADAPTER,
    transactionSupport = TransactionSupportLevel.LocalTransaction,
    minPoolSize = 1,
    maxPoolSize = 16,
    properties = {"UseSessionArgs=true"})
@AdministeredObjectDefinition(
    name = JmsResources.TICKET_EVENTS,
    interfaceName = "jakarta.jms.Queue",
    className = "org.apache.activemq.command.ActiveMQQueue",
    resourceAdapter = JmsResources.RESOURCE_ADAPTER,
    properties = {"PhysicalName=" + JmsResources.TICKET_EVENTS_QUEUE})
@AdministeredObjectDefinition(
    name = JmsResources.ESCALATIONS,
    interfaceName = "jakarta.jms.Queue",
    className = "org.apache.activemq.command.ActiveMQQueue",
    resourceAdapter = JmsResources.RESOURCE_ADAPTER,
    properties = {"PhysicalName=" + JmsResources.ESCALATIONS_QUEUE})
@Stateless
@PermitAll
public class JmsResources {

  public static final String CONNECTION_FACTORY = "java:app/jms/loketConnectionFactory";
  public static final String TICKET_EVENTS = "java:app/jms/ticketEvents";
  public static final String TICKET_EVENTS_QUEUE = "loket.ticket.events";
  public static final String RESOURCE_ADAPTER = "#activemq-rar";

  /**
   * Escalations ("not satisfied") travel on their own queue, so that whoever handles them (today
   * the managers' list, later the SLA feature) scales and fails apart from ticket notifications.
   * The outbox routes events of this aggregate type there.
   */
  public static final String ESCALATION_AGGREGATE = "escalation";

  public static final String ESCALATIONS = "java:app/jms/escalations";
  public static final String ESCALATIONS_QUEUE = "loket.escalations";

  /** The queue an event of {@code aggregateType} travels on. */
  public static String queueNameFor(String aggregateType) {
    return ESCALATION_AGGREGATE.equals(aggregateType) ? ESCALATIONS_QUEUE : TICKET_EVENTS_QUEUE;
  }
}
