package id.loket.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInTest {

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertThat(new SignIn.Throttled(Duration.ofMillis(1)).seconds()).isEqualTo(1);
    assertThat(new SignIn.Throttled(Duration.ofMillis(1001)).seconds()).isEqualTo(2);
    assertThat(new SignIn.Throttled(Duration.ofSeconds(4)).seconds()).isEqualTo(4);
  }
}
