package id.loket.sla.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The status and answer rules of a ticket's clocks, each move reported for the ledger. */
class ClockMovesTest {

  static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  static Map<SlaTarget, TicketSla> clocks() {
    Map<SlaTarget, TicketSla> m = new EnumMap<>(SlaTarget.class);
    for (SlaTarget t : SlaTarget.values()) {
      m.put(t, TicketSla.start(1L, t, new TicketSla.Terms("p", "c", Duration.ofHours(4), 75), T0));
    }
    return m;
  }

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void waitingForTheRequesterPausesEveryClockAndLeavingItResumesThem() {
    var c = clocks();
    ClockMoves moves = new ClockMoves(c, false);
    moves.status("IN_PROGRESS", "WAITING_FOR_REQUESTER", at(10), "sari");
    assertThat(c.values()).allMatch(TicketSla::isPaused);
    moves.status("WAITING_FOR_REQUESTER", "IN_PROGRESS", at(70), "sari");
    assertThat(c.values()).noneMatch(TicketSla::isPaused);
    assertThat(moves.moves())
        .extracting(ClockMoves.Move::kind)
        .containsOnly(SlaEvent.Kind.PAUSED, SlaEvent.Kind.RESUMED)
        .hasSize(6);
    assertThat(moves.moves().get(0).detail().getString("reason"))
        .isEqualTo("WAITING_FOR_REQUESTER");
  }

  @Test
  void waitingForAThirdPartyPausesOnlyWhenConfigured() {
    var off = clocks();
    new ClockMoves(off, false).status("IN_PROGRESS", "WAITING_FOR_THIRD_PARTY", at(5), "sari");
    assertThat(off.values()).noneMatch(TicketSla::isPaused);
    var on = clocks();
    new ClockMoves(on, true).status("IN_PROGRESS", "WAITING_FOR_THIRD_PARTY", at(5), "sari");
    assertThat(on.values()).allMatch(TicketSla::isPaused);
  }

  @Test
  void resolvedMeetsTheTargetsReopenedGoesOnClosedKeepsWhatWasMet() {
    var c = clocks();
    ClockMoves moves = new ClockMoves(c, true);
    moves.status("IN_PROGRESS", "RESOLVED", at(30), "sari");
    assertThat(c.get(SlaTarget.FIRST_RESPONSE).getMetAt()).isEqualTo(at(30));
    assertThat(c.get(SlaTarget.RESOLUTION).getMetAt()).isEqualTo(at(30));
    assertThat(c.get(SlaTarget.NEXT_RESPONSE).getStoppedAt()).isEqualTo(at(30));

    moves.status("RESOLVED", "REOPENED", at(90), "rina");
    assertThat(c.get(SlaTarget.RESOLUTION).isLive()).isTrue();
    assertThat(c.get(SlaTarget.FIRST_RESPONSE).getMetAt())
        .as("answered once is answered")
        .isEqualTo(at(30));

    moves.status("REOPENED", "RESOLVED", at(100), "sari");
    moves.status("RESOLVED", "CLOSED", at(200), "rina");
    assertThat(c.get(SlaTarget.RESOLUTION).getStoppedAt()).as("met, not stopped").isNull();
    assertThat(c.get(SlaTarget.RESOLUTION).getMetAt()).isEqualTo(at(100));
  }

  @Test
  void aPublicAnswerOfStaffMeetsTheFirstAndNextResponseNotTheResolution() {
    var c = clocks();
    ClockMoves moves = new ClockMoves(c, true);
    moves.staffReply(at(12), "sari");
    moves.staffReply(at(20), "sari");
    assertThat(c.get(SlaTarget.FIRST_RESPONSE).getMetAt()).isEqualTo(at(12));
    assertThat(c.get(SlaTarget.NEXT_RESPONSE).getMetAt()).isEqualTo(at(12));
    assertThat(c.get(SlaTarget.RESOLUTION).isLive()).isTrue();
    assertThat(moves.moves()).hasSize(2);
  }

  @Test
  void aMergeStopsEveryClockOnce() {
    var c = clocks();
    ClockMoves moves = new ClockMoves(c, true);
    moves.stopAll(at(3), "sari", "merged");
    moves.stopAll(at(4), "sari", "merged");
    assertThat(c.values()).allMatch(s -> at(3).equals(s.getStoppedAt()));
    assertThat(moves.moves()).hasSize(3);
  }
}
