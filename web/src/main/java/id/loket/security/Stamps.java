package id.loket.security;

import id.loket.identity.boundary.SecurityStampChanged;
import id.loket.identity.boundary.UserDirectory;
import id.loket.platform.LoketConfig;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users' current security stamps as this node last read them from the database, trusted for
 * {@code loket.security.stamp-cache-seconds}. Every signed-in request compares its caller's stamp
 * with this one; so a disabled user, a changed password or changed roles end that user's sessions
 * and cached credentials on every node within that time, at one primary-key read per user and
 * interval. A change made through {@code Accounts} on this node is seen at once.
 */
@ApplicationScoped
public class Stamps {

  private static final int MAX_ENTRIES = 10_000;

  /** {@code stamp} is empty for a disabled or unknown user. */
  private record Entry(Optional<String> stamp, Instant readAt) {}

  @EJB UserDirectory users;
  @Inject LoketConfig config;
  @Inject Clock clock;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /** Whether {@code caller} still holds the user's current stamp (and the user is active). */
  boolean isCurrent(SessionCaller caller) {
    Entry entry = entries.get(caller.name());
    Instant now = clock.instant();
    if (entry == null || !now.isBefore(entry.readAt().plus(config.stampCache()))) {
      entry = read(caller.name(), now);
    }
    return entry.stamp().filter(stamp -> stamp.equals(caller.stamp())).isPresent();
  }

  /** The user's stamp read now from the database (and remembered); empty when disabled. */
  Optional<String> fresh(String username) {
    return read(username, clock.instant()).stamp();
  }

  /** A change on this node is seen at once (after its commit), not only after the cache time. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SecurityStampChanged change) {
    entries.remove(change.username());
  }

  private Entry read(String username, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    Entry entry = new Entry(users.currentStamp(username), now);
    entries.put(username, entry);
    return entry;
  }
}
