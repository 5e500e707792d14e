package id.loket.sla.boundary;

import id.loket.platform.LoketConfig;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each node's SLA sweeper: a non-persistent interval timer ({@code loket.sla.sweep-seconds}) that
 * runs {@link SlaSweep} batches until a batch finds fewer due clocks than it may claim (bounded per
 * tick). It keeps nothing: the due instants are in the database, several nodes sweep side by side
 * (the claim skips what another holds), and a node that dies leaves nothing undone that the next
 * sweep of any node does not find.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweeper {

  private static final Logger LOG = Logger.getLogger(SlaSweeper.class.getName());
  private static final int MAX_BATCHES_PER_TICK = 100;

  @Resource TimerService timers;
  @EJB SlaSweep sweep;
  @Inject LoketConfig config;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long every = config.slaSweepEvery().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("sla sweep", false));
  }

  @Timeout
  void tick() {
    sweepNow();
  }

  /**
   * Sweeps until nothing due is left (or the tick's bound is reached); skipped while this node's
   * previous sweep still runs.
   *
   * @return the batches' totals: clocks looked at and escalations recorded
   */
  public SlaSweep.Batch sweepNow() {
    if (!running.compareAndSet(false, true)) {
      return new SlaSweep.Batch(0, 0, null);
    }
    int claimed = 0;
    int escalated = 0;
    java.time.Instant last = null;
    try {
      int limit = config.slaSweepBatch();
      for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        SlaSweep.Batch b = sweep.once(limit);
        claimed += b.claimed();
        escalated += b.escalated();
        last = b.now();
        if (b.claimed() < limit) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "SLA sweep failed; the next tick tries again", e);
    } finally {
      running.set(false);
    }
    return new SlaSweep.Batch(claimed, escalated, last);
  }
}
