package id.loket.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock of one ticket: it starts at {@code start}, runs only in the calendar's working time
 * and stops during pauses (e.g. while the ticket waits for its requester). It answers the two
 * questions everything else is built on: how much of the target is used at an instant, and when the
 * target runs out.
 *
 * <p>A changed target (a raised priority) applies to the ticket's whole life: the time already used
 * stays used, and the new due instant is where the new target runs out, counted from the same start
 * over the same pauses — never a fresh start, never a lost pause.
 */
public final class SlaClock {

  private final BusinessCalendar calendar;
  private final Instant start;
  private final List<Span> pauses;

  /**
   * @param pauses in any order, possibly overlapping or reaching before {@code start}; the last may
   *     be open (still paused)
   * @throws IllegalArgumentException if more than one pause is open, or an open pause is not the
   *     latest
   */
  public SlaClock(BusinessCalendar calendar, Instant start, List<Span> pauses) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.start = Objects.requireNonNull(start, "start");
    this.pauses = normalised(start, pauses);
  }

  public Instant start() {
    return start;
  }

  /** The pauses after the start, merged and in order; the last may be open. */
  public List<Span> pauses() {
    return pauses;
  }

  /** Whether the clock is stopped now for good reason: its last pause is still open. */
  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
  }

  /** The stretches when the clock ran, in order; the last is open unless the clock is paused. */
  public List<Span> running() {
    List<Span> out = new ArrayList<>();
    Instant from = start;
    for (Span p : pauses) {
      if (from.isBefore(p.from())) {
        out.add(new Span(from, p.from()));
      }
      if (p.isOpen()) {
        return out;
      }
      from = BusinessCalendar.max(from, p.to());
    }
    out.add(new Span(from, null));
    return out;
  }

  /** The working time the clock has run by {@code at} (zero before the start). */
  public Duration elapsed(Instant at) {
    Duration sum = Duration.ZERO;
    for (Span r : running()) {
      if (!at.isAfter(r.from())) {
        break;
      }
      Instant to = r.isOpen() ? at : BusinessCalendar.min(r.to(), at);
      sum = sum.plus(calendar.workingTime(r.from(), to));
    }
    return sum;
  }

  /**
   * When {@code target} of working time is used up.
   *
   * @return empty while the clock is paused before the target is used up (no one can say when it
   *     will resume), or when the calendar has no hours to use it up in
   */
  public Optional<Instant> due(Duration target) {
    if (target.isZero()) {
      return Optional.of(start); // nothing to use up: due the moment the clock starts
    }
    Duration left = target;
    for (Span r : running()) {
      if (r.isOpen()) {
        return calendar.plusWorkingTime(r.from(), left);
      }
      Duration here = calendar.workingTime(r.from(), r.to());
      if (here.compareTo(left) >= 0) {
        return calendar.plusWorkingTime(r.from(), left);
      }
      left = left.minus(here);
    }
    return Optional.empty();
  }

  private static List<Span> normalised(Instant start, List<Span> pauses) {
    List<Span> sorted = new ArrayList<>(pauses);
    sorted.sort(Comparator.comparing(Span::from));
    List<Span> out = new ArrayList<>();
    for (Span p : sorted) {
      if (!p.isOpen() && !p.to().isAfter(start)) {
        continue; // over before the clock started
      }
      Span clipped = new Span(BusinessCalendar.max(p.from(), start), p.to());
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.isOpen()) {
        throw new IllegalArgumentException("only the latest pause may be open");
      }
      if (last != null && !clipped.from().isAfter(last.to())) {
        Instant to = clipped.isOpen() ? null : BusinessCalendar.max(last.to(), clipped.to());
        out.set(out.size() - 1, new Span(last.from(), to));
      } else {
        out.add(clipped);
      }
    }
    return List.copyOf(out);
  }
}
