package id.loket.workbench.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a heartbeat counts: someone is "here" while their last heartbeat is younger than the
 * window. Nobody says goodbye reliably (tabs close, laptops sleep), so presence expires by itself;
 * the window is a little more than two heartbeats, so one lost beat does not make a colleague
 * vanish.
 */
public record PresenceWindow(Duration length) {

  public PresenceWindow {
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("The presence window must be positive: " + length);
    }
  }

  /**
   * @return the oldest heartbeat that still counts at {@code now} (exclusive)
   */
  public Instant cutoff(Instant now) {
    return now.minus(length);
  }

  /**
   * @return whether a heartbeat at {@code seenAt} still counts at {@code now}
   */
  public boolean isHere(Instant seenAt, Instant now) {
    return seenAt.isAfter(cutoff(now)) && !seenAt.isAfter(now.plusSeconds(5));
  }
}
