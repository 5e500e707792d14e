package id.loket.report.control;

import id.loket.report.entity.SubscriptionFrequency;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When digests are due, in the desk's zone: a daily period ends at the start of the next desk day,
 * a weekly one at the start of the next Monday. Periods are counted in desk days, never as 24 or
 * 168 hours, so a zone with daylight saving time still gets its periods right (a day of 23 or 25
 * hours; a midnight that does not exist starts at the first instant of that day).
 */
public final class DigestSchedule {

  /** One period: its first and last desk day and the instants it starts and ends. */
  public record Period(LocalDate first, LocalDate last, Instant from, Instant to) {}

  private final ZoneId zone;

  public DigestSchedule(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The end of the period under way at {@code now}: the first period end after it. */
  public Instant nextEnd(SubscriptionFrequency frequency, Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate day =
        frequency == SubscriptionFrequency.DAILY
            ? today.plusDays(1)
            : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    Instant end = start(day);
    // On a day whose midnight was skipped, the day starts later: never answer the past.
    return end.isAfter(now) ? end : nextEnd(frequency, end.plusSeconds(1));
  }

  /** The end of the last period that ended at or before {@code now}. */
  public Instant lastEnd(SubscriptionFrequency frequency, Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    LocalDate day =
        frequency == SubscriptionFrequency.DAILY
            ? today
            : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Instant end = start(day);
    return end.isAfter(now)
        ? start(day.minusDays(frequency == SubscriptionFrequency.DAILY ? 1 : 7))
        : end;
  }

  /** The period that ends at {@code end} (a period end of {@code frequency}). */
  public Period endingAt(SubscriptionFrequency frequency, Instant end) {
    LocalDate next = end.atZone(zone).toLocalDate();
    LocalDate first = next.minusDays(frequency == SubscriptionFrequency.DAILY ? 1 : 7);
    return new Period(first, next.minusDays(1), start(first), start(next));
  }

  private Instant start(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }
}
