package id.loket.report.boundary;

import id.loket.platform.LoketConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the inflow/outflow rollup ({@code report_day}, V20) small to read: every 30 seconds each
 * node folds the deltas the ticket trigger wrote ({@code report_fold}, safe on several nodes at
 * once: a delta is taken by one of them, under SKIP LOCKED). Before that, if the desk's zone in the
 * database is not the display zone, it writes the zone and rebuilds the rollup (the days depend on
 * it). Readers sum folded rows and pending deltas, so a fold never changes a number.
 */
@Stateless
@PermitAll
public class ReportRollup {

  private static final Logger LOG = Logger.getLogger(ReportRollup.class.getName());
  static final int BATCH = 20_000;

  @PersistenceContext EntityManager em;
  @Inject LoketConfig config;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  public void sweep() {
    try {
      syncZone();
      fold();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Report rollup fold failed; the next sweep tries again", e);
    }
  }

  /** Folds up to one batch of deltas; returns how many. */
  public int fold() {
    return ((Number)
            em.createNativeQuery("SELECT report_fold(?1)").setParameter(1, BATCH).getSingleResult())
        .intValue();
  }

  /** Makes the database's desk zone the display zone, rebuilding the rollup if it changed. */
  public boolean syncZone() {
    String zone = config.displayZone().getId();
    int changed =
        em.createNativeQuery("UPDATE report_setting SET zone = ?1 WHERE id = 1 AND zone <> ?2")
            .setParameter(1, zone)
            .setParameter(2, zone)
            .executeUpdate();
    if (changed > 0) {
      em.createNativeQuery("SELECT report_rebuild()").getSingleResult();
      LOG.info(() -> "Report rollup rebuilt for the desk zone " + zone);
    }
    return changed > 0;
  }
}
