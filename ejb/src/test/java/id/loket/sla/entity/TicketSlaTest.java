package id.loket.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket's clock as stored: pauses, met and reopened, recalculated on new terms, and the
 * escalation ladder the sweeper climbs — each rung once, reminders only after a breach and until it
 * is acknowledged, missed reminders collapsed into the latest.
 */
class TicketSlaTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final BusinessCalendar ALWAYS = BusinessCalendar.twentyFourSeven(JAKARTA);
  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
  static final Duration SECOND_LEVEL = Duration.ofHours(2);
  static final Duration REMINDER = Duration.ofHours(1);

  static TicketSla clock(Duration target, int warnPercent) {
    TicketSla c =
        TicketSla.start(
            7L,
            SlaTarget.RESOLUTION,
            new TicketSla.Terms("p", "round-the-clock", target, warnPercent),
            T0);
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    return c;
  }

  @Test
  void warningAndDueFollowTheTargetAndTheSweeperLooksFirstAtTheWarning() {
    TicketSla c = clock(Duration.ofHours(4), 75);
    assertThat(c.getWarnAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
    assertThat(c.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(4)));
    assertThat(c.getNextAt()).isEqualTo(c.getWarnAt());
  }

  @Test
  void eachRungIsReachedOnceAndRemindersStopWhenAcknowledged() {
    TicketSla c = clock(Duration.ofHours(4), 75);
    Instant late = T0.plus(Duration.ofHours(6)).plusSeconds(1); // past warning, breach, level 3
    List<EscalationLadder.Step> steps = c.ladder(ALWAYS, SECOND_LEVEL, REMINDER).reached(late);
    assertThat(steps)
        .extracting(EscalationLadder.Step::level)
        .containsExactly(
            TicketSla.WARNING, TicketSla.BREACH, TicketSla.SECOND_LEVEL, TicketSla.REMINDER);
    // Reminders every hour after the breach at +4 h: +5 h and +6 h have passed; only the latest.
    assertThat(steps.get(3).reminder()).isEqualTo(2);
    steps.forEach(c::took);
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.ladder(ALWAYS, SECOND_LEVEL, REMINDER).reached(late)).isEmpty();
    assertThat(c.getNextAt()).isEqualTo(T0.plus(Duration.ofHours(7)));

    assertThat(c.acknowledge(late)).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getNextAt()).as("nothing left after an acknowledged breach").isNull();
  }

  @Test
  void aPauseHoldsTheClockAndTheSweeperHasNothingToLookAt() {
    TicketSla c = clock(Duration.ofHours(4), 75);
    assertThat(c.pause(T0.plus(Duration.ofHours(1)), "WAITING_FOR_REQUESTER")).isTrue();
    assertThat(c.pause(T0.plus(Duration.ofHours(2)), "WAITING_FOR_REQUESTER")).isFalse();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.isPaused()).isTrue();
    assertThat(c.getDueAt()).isNull();
    assertThat(c.activeDue()).isNull();
    assertThat(c.getNextAt()).isNull();

    assertThat(c.resume(T0.plus(Duration.ofHours(10)))).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    // 1 h used before the pause, 3 h left after +10 h.
    assertThat(c.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(13)));
    assertThat(c.getWarnAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
  }

  @Test
  void aWarningReachedBeforeAPauseIsStillDueToTheSweeper() {
    TicketSla c = clock(Duration.ofHours(4), 50);
    c.pause(T0.plus(Duration.ofHours(3)), "WAITING_FOR_REQUESTER");
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getNextAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
  }

  @Test
  void aNewTargetKeepsWhatWasUsedAndCountsFromTheSameStart() {
    TicketSla c = clock(Duration.ofHours(10), 75);
    Instant at = T0.plus(Duration.ofHours(6)); // 60 % of 10 h used
    assertThat(c.usedPercent(ALWAYS, at)).isEqualTo(60);
    assertThat(c.retarget(new TicketSla.Terms("p2", "round-the-clock", Duration.ofHours(8), 75)))
        .isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
    assertThat(c.retarget(c.terms())).isFalse();
  }

  @Test
  void aResolvedTicketReopenedGoesOnWhereItStoppedWithTheResolvedTimeAsAPause() {
    TicketSla c = clock(Duration.ofHours(4), 75);
    assertThat(c.meet(T0.plus(Duration.ofHours(1)))).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getNextAt()).isNull();
    assertThat(c.unmeet(T0.plus(Duration.ofHours(5)))).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getDueAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
    assertThat(c.pauseList()).extracting(TicketSla.Pause::reason).containsExactly("RESOLVED");
  }

  @Test
  void officeHoursPushTheLadderIntoTheNextWorkingDay() {
    BusinessCalendar office =
        BusinessCalendar.builder(JAKARTA)
            .hours(DayOfWeek.TUESDAY, WorkingHours.of("08:00", "17:00"))
            .hours(DayOfWeek.WEDNESDAY, WorkingHours.of("08:00", "17:00"))
            .build();
    // Tuesday 1 Dec 2026 15:00 WIB (08:00Z), 4 h target: 2 h today, 2 h Wednesday → 10:00 WIB.
    TicketSla c =
        TicketSla.start(
            1L,
            SlaTarget.FIRST_RESPONSE,
            new TicketSla.Terms("p", "office", Duration.ofHours(4), 75),
            Instant.parse("2026-12-01T08:00:00Z"));
    c.plan(office, SECOND_LEVEL, REMINDER);
    assertThat(c.getDueAt()).isEqualTo(Instant.parse("2026-12-02T03:00:00Z"));
    assertThat(c.getWarnAt()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
  }

  @Test
  void theMostSpecificActivePolicyApplies() {
    SlaPolicy any = policy("p3", null, null, true);
    SlaPolicy type = policy("p3-laptop", "laptop", null, true);
    SlaPolicy group = policy("p3-finance", null, "Finance", true);
    SlaPolicy both = policy("p3-laptop-finance", "laptop", "Finance", true);
    SlaPolicy off = policy("p3-off", "laptop", "finance", false);
    List<SlaPolicy> all = List.of(any, type, group, both, off);
    assertThat(PolicyChoice.choose(all, "P3", "laptop", "finance")).containsSame(both);
    assertThat(PolicyChoice.choose(all, "P3", "laptop", "Sales")).containsSame(type);
    assertThat(PolicyChoice.choose(all, "P3", "vpn", "Finance")).containsSame(group);
    assertThat(PolicyChoice.choose(all, "P3", null, null)).containsSame(any);
    assertThat(PolicyChoice.choose(all, "P1", null, null)).isEmpty();
  }

  static SlaPolicy policy(String code, String type, String group, boolean active) {
    return new SlaPolicy(
        code,
        new SlaPolicy.Terms(
            code,
            "P3",
            type,
            group,
            "office-jakarta",
            Duration.ofHours(4),
            Duration.ofHours(24),
            null,
            75,
            Duration.ofHours(2),
            Duration.ofHours(4),
            null,
            active),
        "admin",
        T0);
  }

  @Test
  void theBusinessTimeTakenIsKeptWhenMetAndForgottenWhenReopened() {
    TicketSla c = clock(Duration.ofHours(4), 75);
    assertThat(c.getBusinessSeconds()).isNull();
    assertThat(c.pause(T0.plus(Duration.ofMinutes(30)), "WAITING_FOR_REQUESTER")).isTrue();
    assertThat(c.resume(T0.plus(Duration.ofMinutes(60)))).isTrue();
    assertThat(c.meet(T0.plus(Duration.ofMinutes(100)))).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getBusinessSeconds()).isEqualTo(70 * 60); // 100 minutes less a 30-minute pause
    assertThat(c.unmeet(T0.plus(Duration.ofMinutes(120)))).isTrue();
    c.plan(ALWAYS, SECOND_LEVEL, REMINDER);
    assertThat(c.getBusinessSeconds()).isNull();
  }
}
