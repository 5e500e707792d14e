package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private final ThrottlePolicy accounts =
      new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));

  @Test
  void theFirstFailuresAreFreeThenTheDelayDoubles() {
    assertThat(accounts.delayAfter(1)).isZero();
    assertThat(accounts.delayAfter(4)).isZero();
    assertThat(accounts.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(accounts.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(accounts.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
    assertThat(accounts.delayAfter(10)).isEqualTo(Duration.ofSeconds(32));
  }

  @Test
  void theDelayIsCappedAndNeverOverflows() {
    assertThat(accounts.delayAfter(11)).isEqualTo(Duration.ofSeconds(60));
    assertThat(accounts.delayAfter(40)).isEqualTo(Duration.ofSeconds(60));
    assertThat(accounts.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void addressesToleratesMoreFailuresThanAccounts() {
    ThrottlePolicy addresses =
        new ThrottlePolicy(
            50, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15));
    assertThat(addresses.delayAfter(49)).isZero();
    assertThat(addresses.delayAfter(50)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void countingRestartsAfterAQuietWindow() {
    Instant now = Instant.parse("2026-11-23T08:00:00Z");
    assertThat(accounts.forgivenBefore(now)).isEqualTo(Instant.parse("2026-11-23T07:45:00Z"));
  }

  @Test
  void refusesAQuietWindowShorterThanTheCap() {
    assertThatThrownBy(
            () ->
                new ThrottlePolicy(
                    5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
