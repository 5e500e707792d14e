package id.loket.followup.boundary;

import id.loket.followup.control.EscalationRecorder;
import id.loket.messaging.boundary.Deliveries;
import id.loket.platform.JmsResources;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Adapter from the escalation queue to {@link EscalationRecorder}: unpack, delegate. Retries and
 * dead letters as every consumer ({@link Deliveries}); the recorder's inbox makes a redelivery
 * harmless.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = JmsResources.ESCALATIONS_QUEUE),
      @ActivationConfigProperty(propertyName = "useRAManagedTransaction", propertyValue = "true"),
      @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "4")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscalationListener implements MessageListener {

  @EJB Deliveries deliveries;
  @EJB EscalationRecorder recorder;

  @Override
  public void onMessage(Message message) {
    deliveries.deliver(
        EscalationRecorder.CONSUMER, JmsResources.ESCALATIONS_QUEUE, message, recorder::record);
  }
}
