package id.loket.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classic traps of SLA clocks, each as a story with its expected answer worked out by hand. */
class SlaClockExamplesTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final WorkingHours MORNING = WorkingHours.of("08:00", "12:00");
  static final WorkingHours AFTERNOON = WorkingHours.of("13:00", "17:00");

  /** Monday to Friday 08–12 and 13–17, Christmas off, 24 December a half day. */
  static BusinessCalendar office(ZoneId zone) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      b.hours(d, MORNING, AFTERNOON);
    }
    return b.holiday(LocalDate.of(2026, 12, 25))
        .specialDay(LocalDate.of(2026, 12, 24), MORNING)
        .build();
  }

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  @Test
  void fourHoursFromFridayAfternoonAreDueOnMondayMorning() {
    SlaClock clock = new SlaClock(office(JAKARTA), at(JAKARTA, "2026-11-20T15:00"), List.of());

    assertThat(clock.due(Duration.ofHours(4))).contains(at(JAKARTA, "2026-11-23T10:00"));
  }

  @Test
  void aTicketRaisedAtNightStartsCountingAtOpening() {
    SlaClock clock = new SlaClock(office(JAKARTA), at(JAKARTA, "2026-11-23T22:30"), List.of());

    assertThat(clock.elapsed(at(JAKARTA, "2026-11-24T08:00"))).isZero();
    assertThat(clock.due(Duration.ofMinutes(30))).contains(at(JAKARTA, "2026-11-24T08:30"));
  }

  @Test
  void aTargetUsedUpAtClosingIsDueAtClosingNotNextMorning() {
    SlaClock clock = new SlaClock(office(JAKARTA), at(JAKARTA, "2026-11-23T13:00"), List.of());

    assertThat(clock.due(Duration.ofHours(4))).contains(at(JAKARTA, "2026-11-23T17:00"));
  }

  @Test
  void aPauseAcrossTheWeekendCostsOnlyTheWorkingHoursItCovers() {
    // Thursday 09:00 start; waiting for the requester from Friday 16:00 to Monday 09:00.
    Instant start = at(JAKARTA, "2026-11-19T09:00");
    Span waiting = new Span(at(JAKARTA, "2026-11-20T16:00"), at(JAKARTA, "2026-11-23T09:00"));
    SlaClock clock = new SlaClock(office(JAKARTA), start, List.of(waiting));

    // Thu 7 h + Fri 08–16 less lunch 7 h = 14 h before the pause; 2 h more run on Monday from
    // 09:00.
    assertThat(clock.elapsed(waiting.to())).isEqualTo(Duration.ofHours(14));
    assertThat(clock.due(Duration.ofHours(16))).contains(at(JAKARTA, "2026-11-23T11:00"));
  }

  @Test
  void resumingOnAHolidayWaitsForTheNextWorkingDay() {
    // Paused from 24 December 10:00 (a half day) until Christmas Day noon: the clock runs again
    // only on the 28th (the 26th and 27th are a weekend).
    Instant start = at(JAKARTA, "2026-12-24T08:00");
    Span waiting = new Span(at(JAKARTA, "2026-12-24T10:00"), at(JAKARTA, "2026-12-25T12:00"));
    SlaClock clock = new SlaClock(office(JAKARTA), start, List.of(waiting));

    assertThat(clock.elapsed(at(JAKARTA, "2026-12-27T23:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(clock.due(Duration.ofHours(3))).contains(at(JAKARTA, "2026-12-28T09:00"));
  }

  @Test
  void aPriorityRaisedAfterSixtyPercentKeepsTheTimeUsedAndAppliesTheNewTargetToTheWholeLife() {
    // P3: 10 working hours. Six of them are used by Tuesday 10:00 (Mon 8 h would be too many:
    // start Monday 12:00, Mon 13–17 = 4 h, Tue 08–10 = 2 h).
    Instant start = at(JAKARTA, "2026-11-23T12:00");
    SlaClock clock = new SlaClock(office(JAKARTA), start, List.of());
    Instant raised = at(JAKARTA, "2026-11-24T10:00");
    assertThat(clock.elapsed(raised)).isEqualTo(Duration.ofHours(6));
    assertThat(clock.due(Duration.ofHours(10))).contains(at(JAKARTA, "2026-11-24T15:00"));

    // Raised to P2 (8 h): 2 h are left, so it is due at noon — not 8 h after the raise.
    assertThat(clock.due(Duration.ofHours(8))).contains(at(JAKARTA, "2026-11-24T12:00"));
    // Raised to P1 (4 h): already breached at the moment it was raised.
    Instant p1 = clock.due(Duration.ofHours(4)).orElseThrow();
    assertThat(p1).isBefore(raised).isEqualTo(at(JAKARTA, "2026-11-23T17:00"));
  }

  @Test
  void whileStillPausedNoOneCanSayWhenItIsDue() {
    Instant start = at(JAKARTA, "2026-11-23T08:00");
    SlaClock clock =
        new SlaClock(
            office(JAKARTA), start, List.of(new Span(at(JAKARTA, "2026-11-23T09:00"), null)));

    assertThat(clock.isPaused()).isTrue();
    assertThat(clock.due(Duration.ofHours(4))).isEmpty();
    assertThat(clock.due(Duration.ofMinutes(45))).contains(at(JAKARTA, "2026-11-23T08:45"));
    assertThat(clock.elapsed(at(JAKARTA, "2026-11-30T08:00"))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void onTheDayClocksSpringForwardTheMissingHourIsNotWorked() {
    // Berlin, 29 March 2026: 02:00 becomes 03:00. A desk open 01:00–04:00 works 2 real hours.
    BusinessCalendar night =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.SUNDAY, WorkingHours.of("01:00", "04:00"))
            .build();
    Instant start = at(BERLIN, "2026-03-29T00:00");

    assertThat(night.workingTime(start, at(BERLIN, "2026-03-30T00:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(new SlaClock(night, start, List.of()).due(Duration.ofMinutes(90)))
        .contains(at(BERLIN, "2026-03-29T03:30"));
  }

  @Test
  void onTheDayClocksFallBackTheRepeatedHourIsWorkedTwice() {
    // Berlin, 25 October 2026: 03:00 becomes 02:00 again. Open 01:00–04:00: 4 real hours.
    BusinessCalendar night =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.SUNDAY, WorkingHours.of("01:00", "04:00"))
            .build();

    assertThat(night.workingTime(at(BERLIN, "2026-10-25T00:00"), at(BERLIN, "2026-10-26T00:00")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void twentyFourSevenCountsRealTimeAcrossTheYearEnd() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(BERLIN);
    Instant start = Instant.parse("2026-12-31T20:00:00Z");

    assertThat(new SlaClock(always, start, List.of()).due(Duration.ofHours(8)))
        .contains(Instant.parse("2027-01-01T04:00:00Z"));
  }

  @Test
  void aCalendarWithoutHoursIsNeverDueAndOverlappingHoursAreRefused() {
    BusinessCalendar none = BusinessCalendar.builder(JAKARTA).build();
    assertThat(
            new SlaClock(none, Instant.parse("2026-11-23T00:00:00Z"), List.of())
                .due(Duration.ofMinutes(1)))
        .isEmpty();
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(JAKARTA)
                    .hours(DayOfWeek.MONDAY, MORNING, WorkingHours.of("11:00", "14:00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }
}
