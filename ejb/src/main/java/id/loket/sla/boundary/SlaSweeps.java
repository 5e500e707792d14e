package id.loket.sla.boundary;

import id.loket.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * An administrator runs this node's SLA sweep now (after changing a calendar, or to measure it):
 * the same sweep the timer runs, timed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweeps {

  @EJB SlaSweeper sweeper;

  /** What the sweep did and how long it took (milliseconds, fractional). */
  public record Result(int claimed, int escalated, double millis) {}

  public Result sweepNow() {
    long t0 = System.nanoTime();
    SlaSweep.Batch b = sweeper.sweepNow();
    return new Result(b.claimed(), b.escalated(), (System.nanoTime() - t0) / 1e6);
  }
}
