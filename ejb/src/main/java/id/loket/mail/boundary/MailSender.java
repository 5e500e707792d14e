package id.loket.mail.boundary;

import id.loket.mail.control.OutgoingMail;
import id.loket.mail.control.SmtpSender;
import id.loket.platform.LoketConfig;
import id.loket.platform.MailSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each node's mail sender: a non-persistent interval timer ({@code loket.mail.send-seconds}) that
 * claims due mails ({@link MailDrain}), sends them over one SMTP connection and records what became
 * of each. While the server is down every attempt fails and the mail waits longer each time (it is
 * never lost); after {@code loket.mail.max-attempts} it is FAILED for an administrator to retry. A
 * batch stops sending well within its lease, so no other node can send a mail twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int MAX_BATCHES_PER_TICK = 20;

  /** Half the claim's lease: what is not sent by then waits for the next claim. */
  private static final Duration SEND_WITHIN = Duration.ofMinutes(1);

  @Resource TimerService timers;
  @EJB MailDrain drain;
  @Inject LoketConfig config;
  @Inject Clock clock;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long every = config.mail().sendEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("mail sender", false));
  }

  @Timeout
  void tick() {
    sendNow();
  }

  /**
   * Sends what is due until nothing is left (or the tick's bound is reached); skipped while this
   * node's previous run still goes on.
   *
   * @return how many mails the server took
   */
  public int sendNow() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    int sent = 0;
    try {
      MailSettings settings = config.mail();
      if (!settings.smtp().configured()) {
        return 0;
      }
      SmtpSender smtp = new SmtpSender(settings);
      for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        List<OutgoingMail> batch = drain.claim(settings.sendBatch());
        if (batch.isEmpty()) {
          break;
        }
        sent += send(smtp, batch, settings);
        if (batch.size() < settings.sendBatch()) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail sender failed; the next tick tries again", e);
    } finally {
      running.set(false);
    }
    return sent;
  }

  private int send(SmtpSender smtp, List<OutgoingMail> batch, MailSettings settings) {
    Instant until = clock.instant().plus(SEND_WITHIN);
    Transport transport = null;
    int sent = 0;
    try {
      for (OutgoingMail mail : batch) {
        if (clock.instant().isAfter(until)) {
          break; // the rest stays leased and is claimed again when the lease ends
        }
        try {
          if (transport == null || !transport.isConnected()) {
            transport = smtp.connect();
          }
          smtp.send(transport, mail, clock.instant());
          drain.sent(mail.id());
          sent++;
        } catch (MessagingException | RuntimeException e) {
          LOG.log(Level.FINE, "Mail " + mail.id() + " not sent", e);
          drain.failed(mail.id(), describe(e), settings.maxAttempts(), settings.retryBase());
        }
      }
    } finally {
      close(transport);
    }
    if (sent < batch.size()) {
      LOG.info(() -> "Mail sender: " + (batch.size()) + " claimed, some not sent; retried later");
    }
    return sent;
  }

  private static String describe(Exception e) {
    StringBuilder s = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    Throwable cause = e.getCause();
    if (cause != null && cause != e) {
      s.append(" (").append(cause.getClass().getSimpleName()).append(": ");
      s.append(cause.getMessage()).append(')');
    }
    return s.toString();
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "SMTP connection not closed cleanly", e);
      }
    }
  }
}
