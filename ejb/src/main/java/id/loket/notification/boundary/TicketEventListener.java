package id.loket.notification.boundary;

import id.loket.messaging.boundary.Deliveries;
import id.loket.notification.control.NotificationRecorder;
import id.loket.platform.JmsResources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Adapter from the ticket-event queue to {@link NotificationRecorder}: unpack, delegate. No XA: the
 * resource adapter acknowledges in its own local transaction when this returns and redelivers when
 * it throws; the recorder's inbox makes a redelivery harmless, and {@link Deliveries} turns a
 * message that keeps failing into a dead letter.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = JmsResources.TICKET_EVENTS_QUEUE),
      @ActivationConfigProperty(propertyName = "useRAManagedTransaction", propertyValue = "true"),
      @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "8")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketEventListener implements MessageListener {

  @EJB Deliveries deliveries;
  @EJB NotificationRecorder recorder;

  @Override
  public void onMessage(Message message) {
    deliveries.deliver(
        NotificationRecorder.CONSUMER, JmsResources.TICKET_EVENTS_QUEUE, message, recorder::record);
  }
}
