package id.loket.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a clock is due when it is: its life from the start to the due instant (or into the pause that
 * is still open) as running, outside-hours and paused stretches, each with the working time used by
 * its end. What an agent reads as "due at 14:32 because …" and an administrator checks a new
 * calendar with.
 */
public final class SlaLedger {

  private SlaLedger() {}

  /**
   * @return the stretches from the clock's start to {@code due} (to the start of the open pause and
   *     that pause, when {@code due} is empty because the clock is paused)
   */
  public static List<LedgerEntry> of(
      BusinessCalendar calendar, SlaClock clock, Optional<Instant> due) {
    Instant end = due.orElse(null);
    List<LedgerEntry> out = new ArrayList<>();
    Duration used = Duration.ZERO;
    List<Span> running = clock.running();
    List<Span> pauses = clock.pauses();
    int p = 0;
    for (Span r : running) {
      while (p < pauses.size() && !pauses.get(p).from().isAfter(r.from())) {
        Span pause = pauses.get(p++);
        if (end == null || pause.from().isBefore(end)) {
          add(out, LedgerEntry.Kind.PAUSED, pause.from(), pause.to(), used);
        }
      }
      Instant to = r.isOpen() ? end : (end == null ? r.to() : BusinessCalendar.min(r.to(), end));
      if (to == null || !to.isAfter(r.from())) {
        continue;
      }
      used = stretches(calendar, r.from(), to, used, out);
    }
    while (end == null && p < pauses.size()) {
      Span pause = pauses.get(p++);
      add(out, LedgerEntry.Kind.PAUSED, pause.from(), pause.to(), used);
    }
    return out;
  }

  /** Splits {@code [from, to)} into working and outside-hours stretches; returns the used total. */
  private static Duration stretches(
      BusinessCalendar calendar, Instant from, Instant to, Duration used, List<LedgerEntry> out) {
    Instant cursor = from;
    LocalDate last = LocalDate.ofInstant(to, calendar.zone());
    for (LocalDate d = LocalDate.ofInstant(from, calendar.zone());
        !d.isAfter(last) && cursor.isBefore(to);
        d = d.plusDays(1)) {
      for (Span s : calendar.workingSpans(d)) {
        Instant a = BusinessCalendar.max(s.from(), cursor);
        Instant b = BusinessCalendar.min(s.to(), to);
        if (!a.isBefore(b)) {
          continue;
        }
        if (cursor.isBefore(a)) {
          add(out, LedgerEntry.Kind.OUTSIDE_HOURS, cursor, a, used);
        }
        used = used.plus(Duration.between(a, b));
        add(out, LedgerEntry.Kind.RUNNING, a, b, used);
        cursor = b;
      }
    }
    if (cursor.isBefore(to)) {
      add(out, LedgerEntry.Kind.OUTSIDE_HOURS, cursor, to, used);
    }
    return used;
  }

  /** Appends, joining a stretch to the previous one of the same kind that it continues. */
  private static void add(
      List<LedgerEntry> out, LedgerEntry.Kind kind, Instant from, Instant to, Duration usedBy) {
    long used = usedBy.toMinutes();
    LedgerEntry last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.kind() == kind && from.equals(last.to())) {
      out.set(out.size() - 1, new LedgerEntry(kind, last.from(), to, used));
    } else {
      out.add(new LedgerEntry(kind, from, to, used));
    }
  }
}
