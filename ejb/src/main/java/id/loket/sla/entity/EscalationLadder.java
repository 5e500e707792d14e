package id.loket.sla.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rungs of one clock's escalation ladder not yet taken, each with the instant the clock reaches
 * it: warning at a share of the target (level 1), breach at the target (2), the next management
 * level a working-time interval after the breach (3), and while a breach is not acknowledged a
 * reminder at each further interval (4, numbered). Instants come from the clock, so pauses and
 * working hours move them; a rung the clock cannot reach while paused has none.
 */
public final class EscalationLadder {

  public static final int WARNING = 1;
  public static final int BREACH = 2;
  public static final int SECOND_LEVEL = 3;
  public static final int REMINDER = 4;

  /** One rung: level, reminder number (0 unless a reminder), and when it is reached. */
  public record Step(int level, int reminder, Instant at) {}

  private final SlaClock clock;
  private final Duration full;
  private final Duration reminderEvery;
  private final List<Step> steps;

  private EscalationLadder(
      SlaClock clock, Duration full, Duration reminderEvery, List<Step> steps) {
    this.clock = clock;
    this.full = full;
    this.reminderEvery = reminderEvery;
    this.steps = List.copyOf(steps);
  }

  /**
   * @param level the highest level taken so far (0 none)
   * @param reminders the last reminder number taken (0 none)
   */
  static EscalationLadder of(
      SlaClock clock,
      Duration full,
      Duration warnTarget,
      int level,
      int reminders,
      boolean acknowledged,
      Duration secondLevel,
      Duration reminderEvery) {
    List<Step> steps = new ArrayList<>();
    if (level < WARNING) {
      clock.due(warnTarget).ifPresent(at -> steps.add(new Step(WARNING, 0, at)));
    }
    if (level < BREACH) {
      clock.due(full).ifPresent(at -> steps.add(new Step(BREACH, 0, at)));
    }
    if (level < SECOND_LEVEL) {
      clock.due(full.plus(secondLevel)).ifPresent(at -> steps.add(new Step(SECOND_LEVEL, 0, at)));
    }
    if (!acknowledged && !reminderEvery.isZero()) {
      int k = reminders + 1;
      clock
          .due(full.plus(reminderEvery.multipliedBy(k)))
          .ifPresent(at -> steps.add(new Step(REMINDER, k, at)));
    }
    return new EscalationLadder(clock, full, reminderEvery, steps);
  }

  /** The earliest instant of a rung not yet taken, or null. */
  public Instant next() {
    return steps.stream().map(Step::at).min(Instant::compareTo).orElse(null);
  }

  /**
   * The rungs reached by {@code now}, in level order. Reminders missed while no sweeper ran are not
   * sent one by one: only the latest reached is (one reminder, numbered as its interval).
   */
  public List<Step> reached(Instant now) {
    List<Step> out = new ArrayList<>();
    for (Step s : steps) {
      if (s.at().isAfter(now)) {
        continue;
      }
      if (s.level() == REMINDER) {
        int k = s.reminder();
        Instant at = s.at();
        for (int guard = 0; guard < 10_000; guard++) {
          Optional<Instant> later = clock.due(full.plus(reminderEvery.multipliedBy(k + 1L)));
          if (later.isEmpty() || later.get().isAfter(now)) {
            break;
          }
          k++;
          at = later.get();
        }
        out.add(new Step(REMINDER, k, at));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
