package id.loket.identity.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long sign-in attempts for one key (an account or a client address) wait after failures.
 *
 * <p>A delay, never a lock-out: the first {@code freeFailures} failures cost nothing; from then on
 * each failure makes the key wait {@code base}, then twice as long, and so on up to {@code cap}.
 * The right password after the wait works as always, so a stranger who types wrong passwords for an
 * account can slow its owner down by at most {@code cap}, not lock them out. A key that has been
 * quiet for {@code quietWindow} starts counting from zero again.
 *
 * <p>Addresses get a higher {@code freeFailures} than accounts: many honest people may sign in from
 * one office address (NAT), and one of them mistyping must not slow down the others.
 */
public record ThrottlePolicy(int freeFailures, Duration base, Duration cap, Duration quietWindow) {

  public ThrottlePolicy {
    if (freeFailures < 0 || base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("Invalid throttle policy");
    }
    if (quietWindow.compareTo(cap) < 0) {
      throw new IllegalArgumentException("The quiet window must be at least the cap");
    }
  }

  /** How long the key waits after its {@code failures}-th failure in a row. */
  public Duration delayAfter(int failures) {
    if (failures < freeFailures || base.isZero()) {
      return Duration.ZERO;
    }
    int doublings = failures - freeFailures;
    if (doublings >= 31) {
      return cap;
    }
    long millis = base.toMillis() << doublings;
    return millis <= 0 || millis >= cap.toMillis() ? cap : Duration.ofMillis(millis);
  }

  /**
   * Failures before this instant are forgiven at {@code now}: a key whose last failure is older
   * starts counting from one again, and its row may be purged.
   */
  public Instant forgivenBefore(Instant now) {
    return now.minus(quietWindow);
  }
}
