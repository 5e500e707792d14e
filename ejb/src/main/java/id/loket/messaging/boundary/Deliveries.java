package id.loket.messaging.boundary;

import id.loket.messaging.control.DeadLetterRecorder;
import id.loket.messaging.entity.DeadLetter;
import id.loket.platform.LoketConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every message-driven bean does with a message, so that the beans stay adapters: unpack the
 * envelope, hand it to the consumer (which runs its own transaction and asks the {@link Inbox}
 * first), and when that fails, let the broker redeliver (throw) — until the message has been
 * delivered {@link LoketConfig#messagingMaxAttempts()} times, when it becomes a {@link DeadLetter}
 * and is acknowledged. A body that is not an envelope is a poison message: it fails the same way
 * and ends as a dead letter.
 *
 * <p>Runs without a transaction: the message is acknowledged by the resource adapter's own local
 * transaction when this returns (no XA between broker and database).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Deliveries {

  private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

  @EJB DeadLetterRecorder deadLetters;
  @Inject LoketConfig config;
  @Inject Clock clock;

  /**
   * @param consumer the consumer's stable name (its inbox key), e.g. {@code notification}
   * @param destination the queue the message came from, for the dead-letter list
   */
  public void deliver(
      String consumer, String destination, Message message, Consumer<EventEnvelope> handler) {
    String body = null;
    EventEnvelope event = null;
    try {
      body = body(message);
      event = EventEnvelope.fromJson(body);
      handler.accept(event);
    } catch (RuntimeException e) {
      int attempt = attempt(message);
      if (attempt < config.messagingMaxAttempts()) {
        LOG.log(
            Level.WARNING,
            consumer + " failed on delivery " + attempt + " of " + describe(event) + "; retrying",
            e);
        throw e;
      }
      LOG.log(
          Level.SEVERE,
          consumer + " gave up on " + describe(event) + " after " + attempt + " deliveries",
          e);
      deadLetters.record(
          new DeadLetter(
              consumer,
              destination,
              event == null ? null : event.eventId(),
              event == null ? null : event.type(),
              body,
              rootMessage(e),
              attempt,
              clock.instant()));
    }
  }

  private static String body(Message message) {
    try {
      if (message instanceof TextMessage text) {
        return text.getText();
      }
      throw new IllegalArgumentException("Not a text message: " + message.getClass().getName());
    } catch (JMSException e) {
      throw new IllegalArgumentException("Unreadable message: " + e.getMessage(), e);
    }
  }

  private static int attempt(Message message) {
    try {
      return message.propertyExists("JMSXDeliveryCount")
          ? Math.max(1, message.getIntProperty("JMSXDeliveryCount"))
          : 1;
    } catch (JMSException | NumberFormatException e) {
      return 1;
    }
  }

  private static String describe(EventEnvelope event) {
    return event == null
        ? "an unreadable message"
        : "event " + event.eventId() + " " + event.type();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.getClass().getSimpleName() + ": " + root.getMessage();
    return root == e ? text : e.getMessage() + " (" + text + ")";
  }
}
