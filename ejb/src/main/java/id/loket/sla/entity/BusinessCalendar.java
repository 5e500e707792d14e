package id.loket.sla.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When a service desk works: a time zone, working hours per weekday (several stretches a day, or
 * none), and dates whose hours differ — a holiday (no hours) or a half day (its own hours).
 *
 * <p><b>What counts as working time</b> is defined minute by minute in local time: an instant is
 * working when its local time, on its local date, lies in that date's hours. Everything else
 * follows from that one rule, including the days when clocks change: on a spring-forward day the
 * hour that does not exist is not worked (08:00–17:00 across a 02:00→03:00 gap is still 9 hours,
 * but 01:00–04:00 is 2); on a fall-back day an hour that happens twice is worked twice. The
 * arithmetic below computes this per day from the zone's offset transitions, so it never walks
 * minutes, and a test walks minutes to prove they agree.
 */
public final class BusinessCalendar {

  /** How far ahead a due instant is looked for before the calendar is called empty. */
  static final int HORIZON_DAYS = 3_700;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final Map<DayOfWeek, List<WorkingHours>> week;
  private final Map<LocalDate, List<WorkingHours>> exceptions;

  private BusinessCalendar(
      ZoneId zone,
      Map<DayOfWeek, List<WorkingHours>> week,
      Map<LocalDate, List<WorkingHours>> exceptions) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.week = week;
    this.exceptions = exceptions;
  }

  /** Every minute of every day counts, in {@code zone} (which then matters only for display). */
  public static BusinessCalendar twentyFourSeven(ZoneId zone) {
    Builder b = builder(zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      b.hours(d, WorkingHours.ALL_DAY);
    }
    return b.build();
  }

  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * The hours of a local date: its exception (holiday or half day) if it has one, else its
   * weekday's.
   */
  public List<WorkingHours> hoursOn(LocalDate date) {
    List<WorkingHours> special = exceptions.get(date);
    return special != null ? special : week.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /** The weekday hours, without exceptions. */
  public List<WorkingHours> hoursOn(DayOfWeek day) {
    return week.getOrDefault(day, List.of());
  }

  /** Holidays (no hours) and half days (their own hours), by date. */
  public Map<LocalDate, List<WorkingHours>> exceptions() {
    return Collections.unmodifiableMap(exceptions);
  }

  /** Whether {@code instant} is working time: the rule the rest of this class computes with. */
  public boolean isWorking(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    int minute = local.getHour() * 60 + local.getMinute();
    return hoursOn(local.toLocalDate()).stream().anyMatch(h -> h.contains(minute));
  }

  /**
   * The working time of one local date as real-time spans, in order. Within a day the zone's offset
   * changes only at its transitions; between two of them local time is the instant plus one offset,
   * so each working stretch maps to at most one span per piece.
   */
  public List<Span> workingSpans(LocalDate date) {
    List<WorkingHours> hours = hoursOn(date);
    if (hours.isEmpty()) {
      return List.of();
    }
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
    LocalDateTime midnight = date.atStartOfDay();
    List<Span> spans = new ArrayList<>();
    Instant pieceStart = dayStart;
    while (pieceStart.isBefore(dayEnd)) {
      ZoneOffsetTransition next = rules.nextTransition(pieceStart);
      Instant pieceEnd =
          next == null || !next.getInstant().isBefore(dayEnd) ? dayEnd : next.getInstant();
      ZoneOffset offset = rules.getOffset(pieceStart);
      for (WorkingHours h : hours) {
        Instant from = max(midnight.plusMinutes(h.fromMinute()).toInstant(offset), pieceStart);
        Instant to = min(midnight.plusMinutes(h.toMinute()).toInstant(offset), pieceEnd);
        if (from.isBefore(to)) {
          spans.add(new Span(from, to));
        }
      }
      pieceStart = pieceEnd;
    }
    spans.sort((a, b) -> a.from().compareTo(b.from()));
    return merged(spans);
  }

  /** Working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration workingTime(Instant from, Instant to) {
    Duration sum = Duration.ZERO;
    if (!to.isAfter(from)) {
      return sum;
    }
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
      for (Span s : workingSpans(d)) {
        Instant a = max(s.from(), from);
        Instant b = min(s.to(), to);
        if (a.isBefore(b)) {
          sum = sum.plus(Duration.between(a, b));
        }
      }
    }
    return sum;
  }

  /**
   * The earliest instant by which {@code amount} of working time has passed since {@code start}:
   * {@code start} itself for zero, else the end of the last working minute needed (so a target used
   * up at 17:00 is due at 17:00, not at the next morning's opening).
   *
   * @return empty if the calendar has too few hours in the next ten years
   */
  public Optional<Instant> plusWorkingTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative working time: " + amount);
    }
    if (amount.isZero()) {
      return Optional.of(start);
    }
    Duration left = amount;
    LocalDate d = LocalDate.ofInstant(start, zone);
    for (int i = 0; i < HORIZON_DAYS; i++, d = d.plusDays(1)) {
      for (Span s : workingSpans(d)) {
        Instant a = max(s.from(), start);
        if (!a.isBefore(s.to())) {
          continue;
        }
        Duration here = Duration.between(a, s.to());
        if (here.compareTo(left) >= 0) {
          return Optional.of(a.plus(left));
        }
        left = left.minus(here);
      }
    }
    return Optional.empty();
  }

  private static List<Span> merged(List<Span> sorted) {
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !s.from().isAfter(last.to())) {
        out.set(out.size() - 1, new Span(last.from(), max(last.to(), s.to())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + ", " + week + ", exceptions " + exceptions + "]";
  }

  /** Collects hours per weekday and per date; refuses stretches that overlap on one day. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<WorkingHours>> exceptions = new TreeMap<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Adds working hours to a weekday (a weekday never given any has none). */
    public Builder hours(DayOfWeek day, WorkingHours... hours) {
      week.computeIfAbsent(day, k -> new ArrayList<>()).addAll(List.of(hours));
      return this;
    }

    /** A date without working hours (a holiday); replaces earlier hours of that date. */
    public Builder holiday(LocalDate date) {
      exceptions.put(date, new ArrayList<>());
      return this;
    }

    /** A date with its own hours instead of its weekday's (a half day); replaces an earlier one. */
    public Builder specialDay(LocalDate date, WorkingHours... hours) {
      exceptions.put(date, new ArrayList<>(List.of(hours)));
      return this;
    }

    /**
     * @throws IllegalArgumentException if two stretches of one day overlap
     */
    public BusinessCalendar build() {
      Map<DayOfWeek, List<WorkingHours>> w = new EnumMap<>(DayOfWeek.class);
      week.forEach((d, h) -> w.put(d, checked(d.toString(), h)));
      Map<LocalDate, List<WorkingHours>> x = new TreeMap<>();
      exceptions.forEach((d, h) -> x.put(d, checked(d.toString(), h)));
      return new BusinessCalendar(zone, w, x);
    }

    private static List<WorkingHours> checked(String day, List<WorkingHours> hours) {
      List<WorkingHours> sorted = new ArrayList<>(hours);
      Collections.sort(sorted);
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i).fromMinute() < sorted.get(i - 1).toMinute()) {
          throw new IllegalArgumentException(
              "working hours overlap on "
                  + day
                  + ": "
                  + sorted.get(i - 1)
                  + " and "
                  + sorted.get(i));
        }
      }
      return List.copyOf(sorted);
    }
  }
}
