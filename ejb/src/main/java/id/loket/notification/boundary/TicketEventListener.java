package id.loket.notification.boundary;

import id.loket.notification.control.NotificationRecorder;
import id.loket.ticket.control.TicketEvent;
import id.loket.ticket.control.TicketEvents;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Adapter from the ticket-event queue to {@link NotificationRecorder}: unpack, delegate. The
 * message is consumed in the same transaction that stores the notification; if storing fails the
 * broker redelivers, and the recorder makes the redelivery harmless.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = TicketEvents.QUEUE_NAME)
    })
public class TicketEventListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(TicketEventListener.class.getName());

  @EJB NotificationRecorder recorder;

  @Override
  public void onMessage(Message message) {
    try {
      if (!(message instanceof TextMessage text)) {
        LOG.warning(
            () -> "Ignoring a non-text message on " + TicketEvents.QUEUE_NAME + ": " + message);
        return;
      }
      recorder.record(TicketEvent.fromJson(text.getText()));
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot read ticket event", e);
    }
  }
}
