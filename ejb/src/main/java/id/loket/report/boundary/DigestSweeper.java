package id.loket.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each node's digest sweeper: a non-persistent timer, every minute, that runs {@link DigestSweep}
 * batches until a batch finds fewer due subscriptions than it may claim (bounded per tick). The due
 * instants are in the database; several nodes sweep side by side and each period's digest is made
 * once (the claim skips locked rows; the table's unique key holds even so).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestSweeper {

  private static final Logger LOG = Logger.getLogger(DigestSweeper.class.getName());
  private static final int BATCH = 20;
  private static final int MAX_BATCHES_PER_TICK = 50;

  @EJB DigestSweep sweep;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(minute = "*", hour = "*", persistent = false, info = "report digests")
  void tick() {
    sweepNow();
  }

  /**
   * Makes the digests due now; skipped while this node's previous sweep still runs.
   *
   * @return how many digests were made
   */
  public int sweepNow() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    int made = 0;
    try {
      for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
        DigestSweep.Batch b = sweep.once(BATCH);
        made += b.made();
        if (b.claimed() < BATCH) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Digest sweep failed; the next tick tries again", e);
    } finally {
      running.set(false);
    }
    return made;
  }
}
