package id.loket.workbench.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Presence expires by itself: a heartbeat counts for the window, then no more. */
class PresenceWindowTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private final PresenceWindow window = new PresenceWindow(Duration.ofSeconds(45));

  @Test
  void aRecentHeartbeatCounts() {
    assertThat(window.isHere(NOW.minusSeconds(20), NOW)).isTrue();
    assertThat(window.isHere(NOW.minusSeconds(44), NOW)).isTrue();
  }

  @Test
  void aHeartbeatOlderThanTheWindowIsGone() {
    assertThat(window.isHere(NOW.minusSeconds(45), NOW)).isFalse();
    assertThat(window.isHere(NOW.minusSeconds(300), NOW)).isFalse();
    assertThat(window.cutoff(NOW)).isEqualTo(NOW.minusSeconds(45));
  }

  @Test
  void oneLostBeatOfTwentySecondsDoesNotMakeAColleagueVanish() {
    Instant lastBeat = NOW.minusSeconds(41); // the beat at -21 s was lost
    assertThat(window.isHere(lastBeat, NOW)).isTrue();
  }

  @Test
  void aWindowMustBePositive() {
    assertThatThrownBy(() -> new PresenceWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
