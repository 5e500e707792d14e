package id.loket.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of real time {@code [from, to)}; {@code to} is {@code null} while it is still open. */
public record Span(Instant from, Instant to) {

  /**
   * @throws IllegalArgumentException if {@code to} lies before {@code from}
   */
  public Span {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a span ends after it starts: " + from + " > " + to);
    }
  }

  public boolean isOpen() {
    return to == null;
  }

  /** Its length; an open span has none. */
  public Duration length() {
    if (to == null) {
      throw new IllegalStateException("an open span has no length");
    }
    return Duration.between(from, to);
  }
}
