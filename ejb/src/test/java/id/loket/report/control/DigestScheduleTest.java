package id.loket.report.control;

import static id.loket.report.entity.SubscriptionFrequency.DAILY;
import static id.loket.report.entity.SubscriptionFrequency.WEEKLY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Midnight was skipped there on 2018-11-04 (clocks went from 00:00 to 01:00). */
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

  private static Instant at(String local, ZoneId zone) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), zone).toInstant();
  }

  @Test
  void aDailyPeriodEndsAtTheNextDeskMidnightNotAtUtcMidnight() {
    DigestSchedule s = new DigestSchedule(JAKARTA);
    // 23:30 in Jakarta is 16:30 UTC: the day ends in half an hour, at 17:00 UTC.
    Instant now = Instant.parse("2026-12-03T16:30:00Z");
    assertThat(s.nextEnd(DAILY, now)).isEqualTo(Instant.parse("2026-12-03T17:00:00Z"));
    assertThat(s.lastEnd(DAILY, now)).isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
  }

  @Test
  void midnightItselfBelongsToTheNewDay() {
    DigestSchedule s = new DigestSchedule(JAKARTA);
    Instant midnight = at("2026-12-04T00:00", JAKARTA);
    assertThat(s.lastEnd(DAILY, midnight)).isEqualTo(midnight);
    assertThat(s.nextEnd(DAILY, midnight)).isEqualTo(at("2026-12-05T00:00", JAKARTA));
  }

  @Test
  void aWeeklyPeriodEndsAtTheNextMondayMidnight() {
    DigestSchedule s = new DigestSchedule(JAKARTA);
    Instant thursday = at("2026-12-03T10:00", JAKARTA);
    assertThat(s.nextEnd(WEEKLY, thursday)).isEqualTo(at("2026-12-07T00:00", JAKARTA));
    assertThat(s.lastEnd(WEEKLY, thursday)).isEqualTo(at("2026-11-30T00:00", JAKARTA));
    Instant monday = at("2026-12-07T00:00", JAKARTA);
    assertThat(s.nextEnd(WEEKLY, monday)).isEqualTo(at("2026-12-14T00:00", JAKARTA));
    assertThat(s.lastEnd(WEEKLY, monday)).isEqualTo(monday);
    Instant sundayNight = at("2026-12-06T23:59:59", JAKARTA);
    assertThat(s.nextEnd(WEEKLY, sundayNight)).isEqualTo(monday);
  }

  @Test
  void thePeriodEndingAtAnEndCoversTheDaysBefore() {
    DigestSchedule s = new DigestSchedule(JAKARTA);
    DigestSchedule.Period day = s.endingAt(DAILY, at("2026-12-04T00:00", JAKARTA));
    assertThat(day.first()).isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(day.last()).isEqualTo(LocalDate.parse("2026-12-03"));
    assertThat(day.from()).isEqualTo(at("2026-12-03T00:00", JAKARTA));
    DigestSchedule.Period week = s.endingAt(WEEKLY, at("2026-12-07T00:00", JAKARTA));
    assertThat(week.first()).isEqualTo(LocalDate.parse("2026-11-30"));
    assertThat(week.last()).isEqualTo(LocalDate.parse("2026-12-06"));
    assertThat(Duration.between(week.from(), week.to())).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void daysOfTwentyThreeAndTwentyFiveHoursAreStillOneDay() {
    DigestSchedule s = new DigestSchedule(BERLIN);
    // 2026-03-29: clocks go forward; 2026-10-25: back.
    DigestSchedule.Period spring =
        s.endingAt(DAILY, s.nextEnd(DAILY, at("2026-03-29T12:00", BERLIN)));
    assertThat(spring.first()).isEqualTo(LocalDate.parse("2026-03-29"));
    assertThat(Duration.between(spring.from(), spring.to())).isEqualTo(Duration.ofHours(23));
    DigestSchedule.Period autumn =
        s.endingAt(DAILY, s.nextEnd(DAILY, at("2026-10-25T12:00", BERLIN)));
    assertThat(Duration.between(autumn.from(), autumn.to())).isEqualTo(Duration.ofHours(25));
    // The week with the autumn change is 7 days of 169 hours.
    Instant weekEnd = s.nextEnd(WEEKLY, at("2026-10-25T12:00", BERLIN));
    assertThat(weekEnd).isEqualTo(at("2026-10-26T00:00", BERLIN));
    DigestSchedule.Period week = s.endingAt(WEEKLY, weekEnd);
    assertThat(Duration.between(week.from(), week.to())).isEqualTo(Duration.ofHours(169));
  }

  @Test
  void aSkippedMidnightStartsTheDayAtItsFirstInstant() {
    DigestSchedule s = new DigestSchedule(SAO_PAULO);
    Instant end = s.nextEnd(DAILY, at("2018-11-03T20:00", SAO_PAULO));
    assertThat(end).isEqualTo(at("2018-11-04T01:00", SAO_PAULO));
    assertThat(end.atZone(SAO_PAULO).toLocalDate()).isEqualTo(LocalDate.parse("2018-11-04"));
    assertThat(s.lastEnd(DAILY, end.plusSeconds(60))).isEqualTo(end);
    DigestSchedule.Period day = s.endingAt(DAILY, end);
    assertThat(day.first()).isEqualTo(LocalDate.parse("2018-11-03"));
    assertThat(Duration.between(day.from(), day.to())).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void theNextEndIsAlwaysAfterNowAndTheLastNeverAfter() {
    for (ZoneId zone : new ZoneId[] {JAKARTA, BERLIN, SAO_PAULO}) {
      DigestSchedule s = new DigestSchedule(zone);
      Instant t = Instant.parse("2018-01-01T00:00:00Z");
      for (int i = 0; i < 24 * 400; i++, t = t.plus(Duration.ofMinutes(61))) {
        for (var f : new id.loket.report.entity.SubscriptionFrequency[] {DAILY, WEEKLY}) {
          Instant next = s.nextEnd(f, t);
          Instant last = s.lastEnd(f, t);
          assertThat(next).as("%s %s %s", zone, f, t).isAfter(t);
          assertThat(last).as("%s %s %s", zone, f, t).isBeforeOrEqualTo(t);
          assertThat(s.endingAt(f, next).from()).as("%s %s %s", zone, f, t).isEqualTo(last);
        }
      }
    }
  }
}
