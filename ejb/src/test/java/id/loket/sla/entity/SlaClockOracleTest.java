package id.loket.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The SLA clock against an oracle that knows nothing but the definition: step through time one
 * minute at a time, count a minute when its local time is inside its local date's hours and no
 * pause covers it, stop when the target is reached. Random calendars (several stretches a day,
 * empty weekdays, round-the-clock days, stretches that cross the hours when clocks change),
 * holidays and half days, four zones (two with daylight saving, one with a 30-minute shift, one
 * without), starts clustered around the changes of clocks and year ends, and pauses (the last
 * sometimes still open). Seeded: a failure names its case and is repeatable.
 */
class SlaClockOracleTest {

  static final int CASES = 10_000;
  static final long SEED = 20261123L;
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Jakarta"),
          ZoneId.of("Australia/Lord_Howe"));

  /** Days around which starts cluster: clock changes in the zones above, and a year end. */
  static final List<LocalDate> TRAPS =
      List.of(
          LocalDate.of(2026, 3, 29), // Berlin spring forward
          LocalDate.of(2026, 10, 25), // Berlin fall back
          LocalDate.of(2026, 3, 8), // New York spring forward
          LocalDate.of(2026, 11, 1), // New York fall back
          LocalDate.of(2026, 4, 5), // Lord Howe, 30 minutes back
          LocalDate.of(2026, 10, 4), // Lord Howe, 30 minutes forward
          LocalDate.of(2026, 12, 31));

  @Test
  void dueAndElapsedAgreeWithMinuteSteppingInTenThousandRandomCases() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> mismatches = new ArrayList<>();
    int paused = 0;
    int compared = 0;
    for (int i = 0; i < CASES; i++) {
      Case c = Case.random(random);
      SlaClock clock = new SlaClock(c.calendar, c.start, c.pauses);
      Oracle expected = Oracle.run(c);
      Instant due = clock.due(Duration.ofMinutes(c.targetMinutes)).orElse(null);
      Duration elapsed = clock.elapsed(c.probe);
      if (!java.util.Objects.equals(due, expected.due)
          || elapsed.toMinutes() != expected.elapsedAtProbe) {
        mismatches.add(
            "case "
                + i
                + ": due "
                + due
                + " vs "
                + expected.due
                + ", elapsed at "
                + c.probe
                + " "
                + elapsed.toMinutes()
                + " vs "
                + expected.elapsedAtProbe
                + " — "
                + c);
      }
      if (due != null && c.targetMinutes > 0) {
        List<LedgerEntry> ledger = SlaLedger.of(c.calendar, clock, java.util.Optional.of(due));
        LedgerEntry last = ledger.get(ledger.size() - 1);
        long running =
            ledger.stream()
                .filter(e -> e.kind() == LedgerEntry.Kind.RUNNING)
                .mapToLong(e -> Duration.between(e.from(), e.to()).toMinutes())
                .sum();
        if (last.usedMinutes() != c.targetMinutes
            || running != c.targetMinutes
            || !due.equals(last.to())) {
          mismatches.add("case " + i + ": ledger " + ledger + " — " + c);
        }
      }
      paused += expected.due == null ? 1 : 0;
      compared++;
    }
    assertThat(mismatches).as("mismatches with the oracle").isEmpty();
    assertThat(compared).isEqualTo(CASES);
    // the generator covers the interesting shapes, not only easy ones
    assertThat(paused).as("cases still paused when due").isBetween(50, CASES / 2);
  }

  /** One random clock: calendar, start, target, pauses and an instant to ask "elapsed?" at. */
  record Case(
      BusinessCalendar calendar,
      Instant start,
      long targetMinutes,
      List<Span> pauses,
      Instant probe) {

    static Case random(SplittableRandom r) {
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      LocalDate around =
          r.nextInt(3) > 0
              ? TRAPS.get(r.nextInt(TRAPS.size())).plusDays(r.nextInt(-6, 3))
              : LocalDate.of(2025, 1, 1).plusDays(r.nextInt(3 * 365));
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      int weekly = 0;
      for (DayOfWeek d : DayOfWeek.values()) {
        for (WorkingHours h : randomDay(r)) {
          b.hours(d, h);
          weekly += h.toMinute() - h.fromMinute();
        }
      }
      if (weekly < 60) {
        b.hours(DayOfWeek.WEDNESDAY, WorkingHours.of("12:00", "13:00"));
        weekly += 60;
      }
      for (int h = r.nextInt(4); h > 0; h--) {
        LocalDate day = around.plusDays(r.nextInt(-2, 20));
        if (r.nextBoolean()) {
          b.holiday(day);
        } else {
          b.specialDay(day, WorkingHours.of("08:00", "12:00"));
        }
      }
      Instant start =
          LocalDateTime.of(around, java.time.LocalTime.MIN)
              .atZone(zone)
              .toInstant()
              .plus(r.nextInt(24 * 60), ChronoUnit.MINUTES);
      long target = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt((int) Math.min(2_400, weekly * 3L / 2));
      List<Span> pauses = new ArrayList<>();
      Instant at = start.minus(r.nextInt(0, 120), ChronoUnit.MINUTES);
      for (int p = r.nextInt(4); p > 0; p--) {
        Instant from = at.plus(r.nextInt(0, 3 * 24 * 60), ChronoUnit.MINUTES);
        boolean open = p == 1 && r.nextInt(5) == 0;
        Instant to = open ? null : from.plus(1 + r.nextInt(3 * 24 * 60), ChronoUnit.MINUTES);
        pauses.add(new Span(from, to));
        if (open) {
          break;
        }
        at = to;
      }
      Instant probe = start.plus(r.nextInt(-60, 10 * 24 * 60), ChronoUnit.MINUTES);
      return new Case(b.build(), start, target, pauses, probe);
    }

    private static List<WorkingHours> randomDay(SplittableRandom r) {
      int shape = r.nextInt(10);
      if (shape == 0) {
        return List.of();
      }
      if (shape == 1) {
        return List.of(WorkingHours.ALL_DAY);
      }
      List<WorkingHours> day = new ArrayList<>();
      // early stretches cross the hours when clocks change (01:00–04:00 local)
      int cursor = shape == 2 ? r.nextInt(0, 180) : r.nextInt(6 * 60, 10 * 60);
      for (int n = 1 + r.nextInt(3); n > 0 && cursor < WorkingHours.DAY - 1; n--) {
        int to = Math.min(WorkingHours.DAY, cursor + 1 + r.nextInt(300));
        day.add(new WorkingHours(cursor, to));
        cursor = to + r.nextInt(0, 120);
      }
      return day;
    }
  }

  /** The definition, minute by minute. */
  record Oracle(Instant due, long elapsedAtProbe) {

    static final int LIMIT_MINUTES = 400 * 24 * 60;

    static Oracle run(Case c) {
      long elapsed = 0;
      long atProbe = c.probe.isAfter(c.start) ? -1 : 0;
      Instant due = c.targetMinutes == 0 ? c.start : null;
      Instant t = c.start;
      for (int i = 0; i < LIMIT_MINUTES && (due == null || atProbe < 0); i++) {
        if (t.equals(c.probe)) {
          atProbe = elapsed;
        }
        if (pausedAt(c, t) && openPauseFrom(c, t)) {
          break; // paused for good: nothing more will be counted
        }
        if (!pausedAt(c, t) && working(c.calendar, t)) {
          elapsed++;
        }
        t = t.plus(1, ChronoUnit.MINUTES);
        if (due == null && elapsed == c.targetMinutes) {
          due = t;
        }
      }
      if (atProbe < 0) {
        atProbe = elapsed; // the probe lies after the last minute counted
      }
      return new Oracle(due, atProbe);
    }

    static boolean working(BusinessCalendar cal, Instant t) {
      LocalDateTime local = LocalDateTime.ofInstant(t, cal.zone());
      int minute = local.getHour() * 60 + local.getMinute();
      for (WorkingHours h : cal.hoursOn(local.toLocalDate())) {
        if (minute >= h.fromMinute() && minute < h.toMinute()) {
          return true;
        }
      }
      return false;
    }

    static boolean pausedAt(Case c, Instant t) {
      for (Span p : c.pauses) {
        if (!t.isBefore(p.from()) && (p.to() == null || t.isBefore(p.to()))) {
          return true;
        }
      }
      return false;
    }

    static boolean openPauseFrom(Case c, Instant t) {
      return c.pauses.stream().anyMatch(p -> p.to() == null && !t.isBefore(p.from()));
    }
  }
}
