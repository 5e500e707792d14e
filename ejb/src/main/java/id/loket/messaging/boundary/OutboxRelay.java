package id.loket.messaging.boundary;

import id.loket.platform.LoketConfig;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed events from the outbox to the broker.
 *
 * <p>Runs when nudged after a commit (on a managed thread, so the request that committed does not
 * wait) and every two seconds as a sweep, which also catches what a crash or another node left
 * behind. One drain at a time per node; drains coalesce. When the broker does not take a batch the
 * relay pauses, doubling the pause up to {@link LoketConfig#outboxMaxBackoff()}, while new events
 * wait safely in the table. The sweep is a non-persistent timer: every node has its own, and the
 * database decides who publishes what.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  @EJB OutboxPublisher publisher;
  @Inject LoketConfig config;
  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
  private volatile Duration backoff = Duration.ZERO;
  private volatile String lastError;

  /**
   * Something was committed: publish soon, without blocking the caller. At most one drain waits to
   * run at a time, however many commits nudge meanwhile (a submission to the managed executor is
   * not free).
   */
  public void nudge() {
    again.set(true);
    if (draining.get() || !scheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            scheduled.set(false);
            drain();
          });
    } catch (RejectedExecutionException e) {
      scheduled.set(false);
      LOG.fine("Relay nudge rejected (shutting down?); the sweep will publish");
    }
  }

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "outbox sweep")
  void sweep() {
    again.set(true);
    drain();
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false, info = "outbox purge")
  void purge() {
    Instant before = clock.instant().minus(config.outboxRetention());
    int batch = config.outboxPurgeBatchSize();
    int deleted = 0;
    for (int i = 0; i < 100; i++) {
      int n = publisher.purgePublished(before, batch);
      deleted += n;
      if (n < batch) {
        break;
      }
    }
    for (int i = 0; i < 100; i++) {
      if (publisher.purgeConsumed(before, batch) < batch) {
        break;
      }
    }
    if (deleted > 0) {
      int purged = deleted;
      LOG.info(() -> "Purged " + purged + " published event(s) older than " + before);
    }
  }

  /** Publishes until the outbox is empty, the broker refuses, or another node has it. */
  void drain() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      while (again.getAndSet(false)) {
        if (clock.instant().isBefore(pausedUntil.get())) {
          return;
        }
        int batch = config.outboxBatchSize();
        int published;
        do {
          published = publisher.publishBatch(batch);
        } while (published == batch);
        if (backoff.compareTo(Duration.ZERO) > 0) {
          LOG.info("The broker takes events again; the outbox relay resumes");
        }
        backoff = Duration.ZERO;
        lastError = null;
      }
    } catch (RuntimeException e) {
      pause(e);
    } finally {
      draining.set(false);
    }
    if (again.get() && !clock.instant().isBefore(pausedUntil.get())) {
      nudge();
    }
  }

  private void pause(RuntimeException e) {
    Duration max = config.outboxMaxBackoff();
    Duration next = backoff.isZero() ? FIRST_BACKOFF : backoff.multipliedBy(2);
    backoff = next.compareTo(max) > 0 ? max : next;
    pausedUntil.set(clock.instant().plus(backoff));
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    lastError = String.valueOf(cause.getMessage());
    LOG.log(
        backoff.equals(FIRST_BACKOFF) ? Level.WARNING : Level.FINE,
        "Outbox relay paused for " + backoff.toMillis() + " ms: " + e.getMessage());
  }

  /**
   * @return the last reason the relay paused, or {@code null} while it publishes normally
   */
  public String lastError() {
    return lastError;
  }
}
