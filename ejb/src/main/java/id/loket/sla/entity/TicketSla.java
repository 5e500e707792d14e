package id.loket.sla.entity;

import id.loket.shared.Json;
import id.loket.shared.JsonbConverter;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA clock of one ticket: which target it measures, on which policy and calendar, since when,
 * with which pauses, and how far it has escalated. It derives its due and warning instants with
 * {@link SlaClock} and the instant the sweeper must look at it next ({@code nextAt}: the next
 * threshold of the escalation ladder not yet reached; none once met, stopped or while nothing can
 * be reached). The ladder: warning at {@code warnPercent} of the target (level 1), breach at the
 * target (2), the next management level {@code secondLevel} of working time after the breach (3),
 * and while a breach is not acknowledged a reminder every {@code reminderEvery} of working time
 * (level 4, numbered). Rows are locked, not versioned: ticket writes lock theirs, the sweeper skips
 * locked ones.
 */
@Entity
@Table(name = "ticket_sla")
@IdClass(TicketSla.Key.class)
public class TicketSla {

  /** Level numbers of the ladder (see {@link EscalationLadder}). */
  public static final int WARNING = EscalationLadder.WARNING;

  public static final int BREACH = EscalationLadder.BREACH;
  public static final int SECOND_LEVEL = EscalationLadder.SECOND_LEVEL;
  public static final int REMINDER = EscalationLadder.REMINDER;

  @Id
  @Column(name = "ticket_id")
  private long ticketId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "target", length = 16)
  private SlaTarget target;

  @Column(name = "round", nullable = false)
  private int round;

  @Column(name = "policy_code", nullable = false, length = 40)
  private String policyCode;

  @Column(name = "calendar_code", nullable = false, length = 40)
  private String calendarCode;

  @Column(name = "target_seconds", nullable = false)
  private int targetSeconds;

  @Column(name = "warn_percent", nullable = false)
  private int warnPercent;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "pauses", nullable = false, columnDefinition = "jsonb")
  private String pauses;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "met_at")
  private Instant metAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @Column(name = "level", nullable = false)
  private int level;

  @Column(name = "reminders", nullable = false)
  private int reminders;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "next_at")
  private Instant nextAt;

  /** Working time from the start to the target being met (null until met): MTTA / MTTR. */
  @Column(name = "business_seconds")
  private Integer businessSeconds;

  protected TicketSla() {}

  /** A clock that starts at {@code at}. */
  public static TicketSla start(long ticketId, SlaTarget target, Terms terms, Instant at) {
    TicketSla s = new TicketSla();
    s.ticketId = ticketId;
    s.target = Objects.requireNonNull(target, "target");
    s.round = 1;
    s.apply(terms);
    s.startedAt = Objects.requireNonNull(at, "at");
    s.pauses = "[]";
    return s;
  }

  /** What a clock is measured against: policy, calendar, target and warning threshold. */
  public record Terms(String policyCode, String calendarCode, Duration target, int warnPercent) {}

  public Terms terms() {
    return new Terms(policyCode, calendarCode, Duration.ofSeconds(targetSeconds), warnPercent);
  }

  /**
   * New terms (priority, type, team or policy changed). The time already used stays used: the new
   * target counts from the same start over the same pauses.
   *
   * @return whether anything changed
   */
  public boolean retarget(Terms terms) {
    if (terms.equals(terms())) {
      return false;
    }
    apply(terms);
    return true;
  }

  private void apply(Terms terms) {
    this.policyCode = terms.policyCode();
    this.calendarCode = terms.calendarCode();
    this.targetSeconds = Math.toIntExact(terms.target().toSeconds());
    this.warnPercent = terms.warnPercent();
  }

  /** Starts the clock again from {@code at} (a next-response clock, each requester reply). */
  public void restart(Terms terms, Instant at) {
    apply(terms);
    round++;
    startedAt = at;
    pauses = "[]";
    warnAt = null;
    dueAt = null;
    metAt = null;
    stoppedAt = null;
    level = 0;
    reminders = 0;
    acknowledgedAt = null;
    nextAt = null;
  }

  /** Whether it still runs or may run again: not met and not stopped. */
  public boolean isLive() {
    return metAt == null && stoppedAt == null;
  }

  public boolean isPaused() {
    return lastPause().map(Pause::isOpen).orElse(false);
  }

  /**
   * Stops the clock for {@code reason} from {@code at} (already paused, met or stopped: nothing).
   *
   * @return whether it paused
   */
  public boolean pause(Instant at, String reason) {
    if (!isLive() || isPaused()) {
      return false;
    }
    List<Pause> list = pauseList();
    list.add(new Pause(max(at, startedAt), null, reason));
    pauses = write(list);
    return true;
  }

  /**
   * Runs the clock again from {@code at}.
   *
   * @return whether it was paused
   */
  public boolean resume(Instant at) {
    if (!isPaused()) {
      return false;
    }
    List<Pause> list = pauseList();
    Pause open = list.remove(list.size() - 1);
    list.add(new Pause(open.from(), max(at, open.from()), open.reason()));
    pauses = write(list);
    return true;
  }

  /** The target is met at {@code at}; an open pause ends there. */
  public boolean meet(Instant at) {
    if (metAt != null) {
      return false;
    }
    resume(at);
    metAt = at;
    nextAt = null;
    return true;
  }

  /**
   * A met resolution clock that runs again (the ticket was reopened): the time it was resolved is a
   * pause with reason {@code RESOLVED}.
   */
  public boolean unmeet(Instant at) {
    if (metAt == null || stoppedAt != null) {
      return false;
    }
    List<Pause> list = pauseList();
    list.add(new Pause(metAt, max(at, metAt), "RESOLVED"));
    pauses = write(list);
    metAt = null;
    return true;
  }

  /** The clock ends for good without its target being met (closed, merged). */
  public boolean stop(Instant at) {
    if (stoppedAt != null) {
      return false;
    }
    resume(at);
    stoppedAt = at;
    nextAt = null;
    return true;
  }

  /** The clock over its pauses. */
  public SlaClock clock(BusinessCalendar calendar) {
    return new SlaClock(
        calendar, startedAt, pauseList().stream().map(p -> new Span(p.from(), p.to())).toList());
  }

  /**
   * Derives the warning and due instants (none while paused before they are reached) and the next
   * instant the sweeper must look.
   */
  public void plan(BusinessCalendar calendar, Duration secondLevel, Duration reminderEvery) {
    SlaClock clock = clock(calendar);
    Duration full = Duration.ofSeconds(targetSeconds);
    if (isLive() || metAt != null) {
      warnAt = clock.due(warnTarget()).orElse(null);
      dueAt = clock.due(full).orElse(null);
    }
    nextAt = isLive() ? ladder(clock, secondLevel, reminderEvery).next() : null;
    businessSeconds =
        metAt == null ? null : (int) Math.min(Integer.MAX_VALUE, clock.elapsed(metAt).toSeconds());
  }

  /**
   * The ladder's steps reached by {@code now} and not yet taken, in order, and what remains: the
   * caller records each step (once: the escalation records are unique) and {@link #took} them.
   */
  public EscalationLadder ladder(
      BusinessCalendar calendar, Duration secondLevel, Duration reminderEvery) {
    return ladder(clock(calendar), secondLevel, reminderEvery);
  }

  private EscalationLadder ladder(SlaClock clock, Duration secondLevel, Duration reminderEvery) {
    return EscalationLadder.of(
        clock,
        Duration.ofSeconds(targetSeconds),
        warnTarget(),
        level,
        reminders,
        acknowledgedAt != null,
        secondLevel,
        reminderEvery);
  }

  private Duration warnTarget() {
    return Duration.ofSeconds(targetSeconds).multipliedBy(warnPercent).dividedBy(100);
  }

  /** Marks {@code step} as taken. */
  public void took(EscalationLadder.Step step) {
    if (step.level() == EscalationLadder.REMINDER) {
      reminders = Math.max(reminders, step.reminder());
    } else {
      level = Math.max(level, step.level());
    }
  }

  /** The sweeper cannot judge it now (its calendar is gone): it looks again at {@code at}. */
  public void lookAgainAt(Instant at) {
    nextAt = at;
  }

  /** A breach was acknowledged: no more reminders. */
  public boolean acknowledge(Instant at) {
    if (acknowledgedAt != null) {
      return false;
    }
    acknowledgedAt = at;
    return true;
  }

  /** The working time used by {@code at}, as a percentage of the target. */
  public long usedPercent(BusinessCalendar calendar, Instant at) {
    Instant until = metAt != null ? min(metAt, at) : stoppedAt != null ? min(stoppedAt, at) : at;
    long used = clock(calendar).elapsed(until).toSeconds();
    return targetSeconds == 0 ? 100 : used * 100 / targetSeconds;
  }

  /** A pause: from, to (null while open), and the status that caused it. */
  public record Pause(Instant from, Instant to, String reason) {
    public boolean isOpen() {
      return to == null;
    }
  }

  public List<Pause> pauseList() {
    List<Pause> out = new ArrayList<>();
    try (var reader = Json.createReader((pauses == null ? "[]" : pauses))) {
      for (JsonValue v : reader.readArray()) {
        JsonObject o = v.asJsonObject();
        out.add(
            new Pause(
                Instant.parse(o.getString("from")),
                o.isNull("to") ? null : Instant.parse(o.getString("to")),
                o.getString("reason", "")));
      }
    }
    return out;
  }

  private Optional<Pause> lastPause() {
    List<Pause> list = pauseList();
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  private static String write(List<Pause> list) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Pause p : list) {
      var o = Json.createObjectBuilder().add("from", p.from().toString());
      if (p.to() == null) {
        o.addNull("to");
      } else {
        o.add("to", p.to().toString());
      }
      a.add(o.add("reason", p.reason()));
    }
    JsonArray arr = a.build();
    return arr.toString();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  public long getTicketId() {
    return ticketId;
  }

  public SlaTarget getTarget() {
    return target;
  }

  public int getRound() {
    return round;
  }

  public String getPolicyCode() {
    return policyCode;
  }

  public String getCalendarCode() {
    return calendarCode;
  }

  public Duration getTargetDuration() {
    return Duration.ofSeconds(targetSeconds);
  }

  public int getWarnPercent() {
    return warnPercent;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getWarnAt() {
    return warnAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getMetAt() {
    return metAt;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }

  public int getLevel() {
    return level;
  }

  public int getReminders() {
    return reminders;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public Integer getBusinessSeconds() {
    return businessSeconds;
  }

  public Instant getNextAt() {
    return nextAt;
  }

  /** The due instant while the clock can still breach: live and not paused; else null. */
  public Instant activeDue() {
    return isLive() && !isPaused() ? dueAt : null;
  }

  /** The composite key (ticket, target). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long ticketId;
    private SlaTarget target;

    public Key() {}

    public Key(long ticketId, SlaTarget target) {
      this.ticketId = ticketId;
      this.target = target;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.ticketId == ticketId && k.target == target;
    }

    @Override
    public int hashCode() {
      return Objects.hash(ticketId, target);
    }
  }
}
