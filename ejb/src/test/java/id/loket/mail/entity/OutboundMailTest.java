package id.loket.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboundMailTest {

  private static final Duration BASE = Duration.ofSeconds(30);
  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

  private static OutboundMail mail() {
    return new OutboundMail(
        "confirmation", "ticket:1:created", 1L, "LKT-2026-000001-3", "a@b.c", "en", "s", "b", NOW);
  }

  @Test
  void backoffDoublesFromThirtySecondsUpToAnHour() {
    assertThat(OutboundMail.backoff(1, BASE)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboundMail.backoff(2, BASE)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboundMail.backoff(3, BASE)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboundMail.backoff(8, BASE)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboundMail.backoff(40, BASE)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboundMail.backoff(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aFailedAttemptWaitsThenGivesUpAfterTheLast() {
    OutboundMail mail = mail();
    mail.failed("Connection refused", NOW, 3, BASE);
    assertThat(mail.getStatus()).isEqualTo(OutboundMail.PENDING);
    assertThat(mail.getAttempts()).isEqualTo(1);
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(mail.getLastError()).isEqualTo("Connection refused");
    mail.failed("Connection refused", NOW, 3, BASE);
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    mail.failed("x".repeat(2000), NOW, 3, BASE);
    assertThat(mail.getStatus()).isEqualTo(OutboundMail.FAILED);
    assertThat(mail.getLastError()).hasSize(1000);
  }

  @Test
  void onlyAFailedMailIsRetriedAndThenWithFreshAttempts() {
    OutboundMail mail = mail();
    assertThat(mail.retry(NOW)).isFalse();
    mail.failed("down", NOW, 1, BASE);
    assertThat(mail.retry(NOW.plusSeconds(5))).isTrue();
    assertThat(mail.getStatus()).isEqualTo(OutboundMail.PENDING);
    assertThat(mail.getAttempts()).isZero();
    assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    mail.sent(NOW.plusSeconds(6));
    assertThat(mail.getStatus()).isEqualTo(OutboundMail.SENT);
    assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(6));
    assertThat(mail.getLastError()).isNull();
  }
}
