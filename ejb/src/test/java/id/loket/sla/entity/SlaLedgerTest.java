package id.loket.sla.entity;

import static id.loket.sla.entity.LedgerEntry.Kind.OUTSIDE_HOURS;
import static id.loket.sla.entity.LedgerEntry.Kind.PAUSED;
import static id.loket.sla.entity.LedgerEntry.Kind.RUNNING;
import static id.loket.sla.entity.SlaClockExamplesTest.JAKARTA;
import static id.loket.sla.entity.SlaClockExamplesTest.at;
import static id.loket.sla.entity.SlaClockExamplesTest.office;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ledger tells the clock's life stretch by stretch, ending at the due instant. */
class SlaLedgerTest {

  @Test
  void aPauseAcrossTheWeekendIsExplainedStretchByStretch() {
    Instant start = at(JAKARTA, "2026-11-20T11:00"); // Friday
    Span waiting = new Span(at(JAKARTA, "2026-11-20T14:00"), at(JAKARTA, "2026-11-23T09:00"));
    BusinessCalendar office = office(JAKARTA);
    SlaClock clock = new SlaClock(office, start, List.of(waiting));
    Optional<Instant> due = clock.due(Duration.ofHours(4));

    assertThat(due).contains(at(JAKARTA, "2026-11-23T11:00"));
    assertThat(SlaLedger.of(office, clock, due))
        .extracting(LedgerEntry::kind, LedgerEntry::from, LedgerEntry::to, LedgerEntry::usedMinutes)
        .containsExactly(
            tuple(RUNNING, start, at(JAKARTA, "2026-11-20T12:00"), 60L),
            tuple(
                OUTSIDE_HOURS,
                at(JAKARTA, "2026-11-20T12:00"),
                at(JAKARTA, "2026-11-20T13:00"),
                60L),
            tuple(RUNNING, at(JAKARTA, "2026-11-20T13:00"), waiting.from(), 120L),
            tuple(PAUSED, waiting.from(), waiting.to(), 120L),
            tuple(RUNNING, waiting.to(), at(JAKARTA, "2026-11-23T11:00"), 240L));
  }

  @Test
  void aClockStillPausedEndsWithTheOpenPause() {
    Instant start = at(JAKARTA, "2026-11-23T07:00");
    Span waiting = new Span(at(JAKARTA, "2026-11-23T09:00"), null);
    BusinessCalendar office = office(JAKARTA);
    SlaClock clock = new SlaClock(office, start, List.of(waiting));

    assertThat(SlaLedger.of(office, clock, clock.due(Duration.ofHours(4))))
        .extracting(LedgerEntry::kind, LedgerEntry::to, LedgerEntry::usedMinutes)
        .containsExactly(
            tuple(OUTSIDE_HOURS, at(JAKARTA, "2026-11-23T08:00"), 0L),
            tuple(RUNNING, waiting.from(), 60L),
            tuple(PAUSED, null, 60L));
  }

  @Test
  void roundTheClockDaysJoinIntoOneStretch() {
    BusinessCalendar always = BusinessCalendar.twentyFourSeven(JAKARTA);
    Instant start = Instant.parse("2026-11-23T20:00:00Z");
    SlaClock clock = new SlaClock(always, start, List.of());

    assertThat(SlaLedger.of(always, clock, clock.due(Duration.ofHours(30))))
        .extracting(LedgerEntry::kind, LedgerEntry::to, LedgerEntry::usedMinutes)
        .containsExactly(tuple(RUNNING, Instant.parse("2026-11-25T02:00:00Z"), 1800L));
  }
}
