package id.loket.identity.boundary;

import static id.loket.shared.SqlValues.instant;

import id.loket.identity.control.ThrottlePolicy;
import id.loket.platform.LoketConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The shared memory of failed sign-ins: a growing delay per account and per client address (see
 * {@link ThrottlePolicy}), kept in the database so that every node sees the same state. A failure
 * is one atomic {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} per key (the row stays locked
 * until the delay is written in the same transaction), so concurrent failures on several nodes all
 * count. Used before anyone is signed in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class SignInThrottle {

  private static final int PURGE_BATCH = 100;
  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject LoketConfig config;

  private ThrottlePolicy accounts;
  private ThrottlePolicy addresses;

  @PostConstruct
  void init() {
    accounts = policy(config.accountFreeFailures());
    addresses = policy(config.addressFreeFailures());
  }

  private ThrottlePolicy policy(int freeFailures) {
    return new ThrottlePolicy(
        freeFailures,
        config.throttleBaseDelay(),
        config.throttleMaxDelay(),
        config.throttleQuietWindow());
  }

  /**
   * The throttle key of an account as tried from one client address (names are case-insensitive for
   * throttling). Per address, so that a stranger guessing someone's password from elsewhere delays
   * only the stranger, never the owner: the delay is not a lock-out anyone can impose. Guessing one
   * account from many addresses is bounded by each address's own delays and by the cap on
   * concurrent hashings.
   */
  public static String accountKey(String username, String address) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    String from = address == null ? "" : address;
    return "account:"
        + (name.length() > 100 ? name.substring(0, 100) : name)
        + "@"
        + (from.length() > 64 ? from.substring(0, 64) : from);
  }

  /** The throttle key of a client address. */
  public static String addressKey(String address) {
    String a = address == null ? "" : address;
    return "address:" + (a.length() > 100 ? a.substring(0, 100) : a);
  }

  /**
   * How long an attempt for these keys must still wait; zero when it may be checked now. Costs one
   * primary-key read.
   */
  public Duration remainingWait(String accountKey, String addressKey) {
    Instant now = clock.instant();
    Object until =
        em.createNativeQuery(
                "SELECT MAX(blocked_until) FROM sign_in_throttle"
                    + " WHERE throttle_key IN (?, ?) AND blocked_until > ?")
            .setParameter(1, accountKey)
            .setParameter(2, addressKey)
            .setParameter(3, utc(now))
            .getSingleResult();
    Instant blocked = instant(until);
    return blocked == null ? Duration.ZERO : Duration.between(now, blocked);
  }

  /** Counts a failed attempt for both keys; answers the wait it imposes on the account. */
  public Duration failed(String accountKey, String addressKey) {
    Instant now = clock.instant();
    purgeForgiven(now);
    Duration address = fail(addressKey, addresses, now);
    Duration account = fail(accountKey, accounts, now);
    return account.compareTo(address) >= 0 ? account : address;
  }

  /** The right password: the account starts from zero (the address does not). */
  public void succeeded(String accountKey) {
    em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
        .setParameter(1, accountKey)
        .executeUpdate();
  }

  private Duration fail(String key, ThrottlePolicy policy, Instant now) {
    Object failures =
        em.createNativeQuery(
                "INSERT INTO sign_in_throttle AS t (throttle_key, failures, last_failure)"
                    + " VALUES (?, 1, ?) ON CONFLICT (throttle_key) DO UPDATE SET"
                    + " failures = CASE WHEN t.last_failure < ? THEN 1 ELSE t.failures + 1 END,"
                    + " last_failure = EXCLUDED.last_failure RETURNING failures")
            .setParameter(1, key)
            .setParameter(2, utc(now))
            .setParameter(3, utc(policy.forgivenBefore(now)))
            .getSingleResult();
    int count = ((Number) failures).intValue();
    Duration delay = policy.delayAfter(count);
    if (count == policy.freeFailures()) {
      // one line per burst and key, not per attempt
      LOG.info(
          () ->
              "Sign-in delays start for "
                  + key.replaceAll("\\p{Cntrl}", "?")
                  + " after "
                  + count
                  + " failures");
    }
    if (!delay.isZero()) {
      em.createNativeQuery("UPDATE sign_in_throttle SET blocked_until = ? WHERE throttle_key = ?")
          .setParameter(1, utc(now.plus(delay)))
          .setParameter(2, key)
          .executeUpdate();
    }
    return delay;
  }

  /** Rows quiet for longer than the longest window are forgotten (a bounded batch per failure). */
  private void purgeForgiven(Instant now) {
    Instant before =
        accounts.forgivenBefore(now).isBefore(addresses.forgivenBefore(now))
            ? accounts.forgivenBefore(now)
            : addresses.forgivenBefore(now);
    em.createNativeQuery(
            "DELETE FROM sign_in_throttle WHERE throttle_key IN (SELECT throttle_key"
                + " FROM sign_in_throttle WHERE last_failure < ? LIMIT "
                + PURGE_BATCH
                + ")")
        .setParameter(1, utc(before))
        .executeUpdate();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
