package id.loket.sla.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * SLA targets and escalation intervals as text: ISO-8601 on the API ({@code PT30M}, {@code PT8H},
 * {@code PT8S}), and short for people ("30 min", "4 h", "74 h"). A target is working time on the
 * policy's calendar, so it is told in hours: a "day" would mean 24 hours to some readers and one
 * working day to others.
 */
public final class Targets {

  /** The longest target or interval a policy may have. */
  public static final Duration MAX = Duration.ofDays(365);

  /** The words of the short form, per language. */
  public record Units(String day, String hour, String minute, String second) {
    public static final Units ENGLISH = new Units("d", "h", "min", "s");
  }

  private Targets() {}

  /**
   * @return the duration {@code text} names ({@code PT30M}, {@code P1DT2H}); {@code null} for none
   * @throws IllegalArgumentException if it is not ISO-8601 or not within (0, 365 days] in whole
   *     seconds
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Duration d;
    try {
      d = Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 duration: " + text, e);
    }
    if (!fits(d)) {
      throw new IllegalArgumentException("out of range: " + text);
    }
    return d;
  }

  /** Whether {@code d} is a whole number of seconds, more than none and at most {@link #MAX}. */
  public static boolean fits(Duration d) {
    return d != null && d.getNano() == 0 && d.getSeconds() > 0 && d.compareTo(MAX) <= 0;
  }

  /** {@code PT30M}, {@code PT72H}; {@code null} for {@code null}. */
  public static String iso(Duration d) {
    return d == null ? null : d.toString();
  }

  /** "30 min", "4 h", "74 h", "1 h 0 min 8 s" is written "1 h 8 s"; "—" for none. */
  public static String shortText(Duration d, Units units) {
    if (d == null) {
      return "—";
    }
    long s = d.getSeconds();
    StringBuilder out = new StringBuilder();
    part(out, s / 3_600, units.hour()); // no days: a "day" of working time is ambiguous
    part(out, s % 3_600 / 60, units.minute());
    part(out, s % 60, units.second());
    return out.isEmpty() ? "0 " + units.minute() : out.toString();
  }

  private static void part(StringBuilder out, long n, String unit) {
    if (n > 0) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(n).append(' ').append(unit);
    }
  }
}
