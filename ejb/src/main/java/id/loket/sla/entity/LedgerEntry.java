package id.loket.sla.entity;

import java.time.Instant;

/**
 * One stretch of an SLA clock's life, as the ledger explains it: the clock {@code RUNNING} in
 * working time (these minutes count), running but {@code OUTSIDE_HOURS} (nothing counts), or {@code
 * PAUSED} (e.g. waiting for the requester; {@code to} is {@code null} while it lasts). {@code
 * usedMinutes} is the working time used by the end of the stretch.
 */
public record LedgerEntry(Kind kind, Instant from, Instant to, long usedMinutes) {

  public enum Kind {
    RUNNING,
    OUTSIDE_HOURS,
    PAUSED
  }
}
