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
 * envelope and hand it to the consumer (which runs its own transaction and asks the {@link Inbox}
 * first). A consumer that fails is tried again, up to {@link LoketConfig#messagingMaxAttempts()}
 * times with a growing pause; then the message becomes a {@link DeadLetter} and is acknowledged. A
 * body that is not an envelope (a poison message) cannot get better by trying again: it becomes a
 * dead letter at once.
 *
 * <p>Why retries here and not by the broker: the ActiveMQ resource adapter acknowledges a message
 * whose listener threw (it commits its local transaction after delivery either way), so a failure
 * must be handled before {@code onMessage} returns. If the JVM dies meanwhile, the message was not
 * acknowledged and the broker delivers it again; the inbox makes that harmless. Runs without a JTA
 * transaction: no XA between broker and database.
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
    String body;
    EventEnvelope event;
    try {
      body = body(message);
      event = EventEnvelope.fromJson(body);
    } catch (IllegalArgumentException unreadable) {
      LOG.log(Level.SEVERE, consumer + " received an unreadable message", unreadable);
      deadLetter(consumer, destination, null, bodyOrNull(message), unreadable, 1);
      return;
    }
    int max = config.messagingMaxAttempts();
    for (int attempt = 1; ; attempt++) {
      try {
        handler.accept(event);
        return;
      } catch (RuntimeException e) {
        if (attempt >= max) {
          LOG.log(
              Level.SEVERE,
              consumer + " gave up on " + describe(event) + " after " + attempt + " attempts",
              e);
          deadLetter(consumer, destination, event, body, e, attempt);
          return;
        }
        LOG.log(
            Level.WARNING,
            consumer + " failed on attempt " + attempt + " at " + describe(event) + "; retrying",
            e);
        pause(config.messagingRetryDelay().multipliedBy(attempt));
      }
    }
  }

  private void deadLetter(
      String consumer,
      String destination,
      EventEnvelope event,
      String body,
      RuntimeException cause,
      int attempts) {
    deadLetters.record(
        new DeadLetter(
            consumer,
            destination,
            event == null ? null : event.eventId(),
            event == null ? null : event.type(),
            body,
            rootMessage(cause),
            attempts,
            clock.instant()));
  }

  private static void pause(java.time.Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String bodyOrNull(Message message) {
    try {
      return body(message);
    } catch (IllegalArgumentException e) {
      return "(" + e.getMessage() + ")";
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
