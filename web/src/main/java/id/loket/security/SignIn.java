package id.loket.security;

import id.loket.identity.boundary.SignInThrottle;
import id.loket.platform.LoketConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password in front of the identity store(s), in this order:
 *
 * <ol>
 *   <li>credentials verified a moment ago (the {@link CredentialCache}) pass without hashing, as
 *       long as the user's security stamp has not changed since;
 *   <li>an account or client address in its delay window (see {@link SignInThrottle}) is refused
 *       <em>without</em> hashing;
 *   <li>at most {@code loket.security.max-concurrent-hashes} checks hash at once ({@link
 *       HashPermits});
 *   <li>a failure extends the delay of account and address, a success clears the account's.
 * </ol>
 *
 * The client address is {@code request.getRemoteAddr()}: {@code X-Forwarded-For} is not trusted (a
 * list of trusted proxies would be needed for that; not done yet).
 */
@ApplicationScoped
public class SignIn {

  /** What became of an attempt. */
  sealed interface Outcome {}

  record Verified(SessionCaller caller) implements Outcome {}

  record Refused() implements Outcome {}

  /** The account or address must wait this long before its next attempt is checked. */
  record Throttled(Duration remaining) implements Outcome {
    /** The wait in whole seconds, rounded up (at least 1), for {@code Retry-After}. */
    long seconds() {
      return Math.max(1, (remaining.toMillis() + 999) / 1000);
    }
  }

  /** Every permit to hash was taken: try again shortly. */
  record Busy() implements Outcome {}

  @Inject IdentityStoreHandler identityStores;
  @EJB SignInThrottle throttle;
  @Inject HashPermits permits;
  @Inject Stamps stamps;
  @Inject LoketConfig config;
  @Inject Clock clock;

  private CredentialCache<SessionCaller> cache;

  @PostConstruct
  void init() {
    cache = new CredentialCache<>(config.credentialCache(), clock);
  }

  Outcome check(UsernamePasswordCredential credential, String clientAddress) {
    String username = credential.getCaller();
    char[] password = credential.getPassword().getValue();
    if (username == null || username.isBlank() || password == null) {
      return new Refused();
    }
    Optional<SessionCaller> cached = cache.get(username, password);
    if (cached.isPresent()) {
      if (stamps.isCurrent(cached.get())) {
        return new Verified(cached.get());
      }
      cache.remove(username, password);
    }
    String account = SignInThrottle.accountKey(username, clientAddress);
    String address = SignInThrottle.addressKey(clientAddress);
    Duration wait = throttle.remainingWait(account, address);
    if (!wait.isZero()) {
      return new Throttled(wait);
    }
    CredentialValidationResult result =
        permits.withPermit(() -> identityStores.validate(credential));
    if (result == null) {
      return new Busy();
    }
    Optional<String> stamp =
        result.getStatus() == CredentialValidationResult.Status.VALID
            ? stamps.fresh(result.getCallerPrincipal().getName())
            : Optional.empty();
    if (stamp.isEmpty()) {
      throttle.failed(account, address);
      return new Refused();
    }
    throttle.succeeded(account);
    SessionCaller caller =
        new SessionCaller(
            result.getCallerPrincipal().getName(), result.getCallerGroups(), stamp.get());
    cache.put(username, password, caller);
    return new Verified(caller);
  }

  /** Whether a caller verified earlier may still act (same stamp, still active). */
  boolean isCurrent(SessionCaller caller) {
    return stamps.isCurrent(caller);
  }
}
