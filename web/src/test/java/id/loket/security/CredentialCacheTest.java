package id.loket.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.entity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private static final CallerIdentity RINA =
      new CallerIdentity("rina", "Rina", Set.of(Role.REQUESTER));

  private Instant now = Instant.parse("2026-11-22T08:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void remembersOnlyTheExactCredentialsThatWereVerified() {
    CredentialCache<CallerIdentity> cache =
        new CredentialCache<CallerIdentity>(Duration.ofMinutes(5), clock);
    cache.put("rina", "demo2026".toCharArray(), RINA);

    assertThat(cache.get("rina", "demo2026".toCharArray())).contains(RINA);
    assertThat(cache.get("rina", "demo2027".toCharArray())).isEmpty();
    assertThat(cache.get("budi", "demo2026".toCharArray())).isEmpty();
    assertThat(cache.get("rin", "ademo2026".toCharArray()))
        .as("user/password boundary is unambiguous")
        .isEmpty();
  }

  @Test
  void forgetsAfterTheTimeToLive() {
    CredentialCache<CallerIdentity> cache =
        new CredentialCache<CallerIdentity>(Duration.ofMinutes(5), clock);
    cache.put("rina", "demo2026".toCharArray(), RINA);
    now = now.plus(Duration.ofMinutes(5).minusSeconds(1));
    assertThat(cache.get("rina", "demo2026".toCharArray())).isPresent();
    now = now.plusSeconds(1);
    assertThat(cache.get("rina", "demo2026".toCharArray())).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void forgetsRemovedCredentials() {
    CredentialCache<CallerIdentity> cache =
        new CredentialCache<CallerIdentity>(Duration.ofMinutes(5), clock);
    cache.put("rina", "demo2026".toCharArray(), RINA);
    cache.remove("rina", "demo2026".toCharArray());
    assertThat(cache.get("rina", "demo2026".toCharArray())).isEmpty();
  }

  @Test
  void zeroTimeToLiveDisablesTheCache() {
    CredentialCache<CallerIdentity> cache =
        new CredentialCache<CallerIdentity>(Duration.ZERO, clock);
    cache.put("rina", "demo2026".toCharArray(), RINA);
    assertThat(cache.get("rina", "demo2026".toCharArray())).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void twoCachesDoNotShareKeysSoEntriesAreUselessOutsideThisJvm() {
    CredentialCache<CallerIdentity> one =
        new CredentialCache<CallerIdentity>(Duration.ofMinutes(5), clock);
    CredentialCache<CallerIdentity> two =
        new CredentialCache<CallerIdentity>(Duration.ofMinutes(5), clock);
    one.put("rina", "demo2026".toCharArray(), RINA);
    assertThat(two.get("rina", "demo2026".toCharArray())).isEmpty();
  }
}
