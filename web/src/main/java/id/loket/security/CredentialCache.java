package id.loket.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, credentials that were verified successfully, so that an API client
 * sending HTTP Basic on every request does not pay a full PBKDF2 verification (about 0.2 s of CPU)
 * each time.
 *
 * <p>Entries are keyed by an HMAC of user name and password under a random key that exists only in
 * this JVM: the cache holds no password and nothing that helps to guess one. Failed attempts are
 * never cached, so guessing still costs the full hash. Each entry holds the security stamp of its
 * verification, so that a changed password, a disabled user or changed roles end it at the next
 * stamp check (see {@code SignIn}), not only after {@code ttl}.
 */
final class CredentialCache<T> {

  private static final int MAX_ENTRIES = 10_000;

  private record Entry<T>(T caller, Instant expires) {}

  private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;

  CredentialCache(Duration ttl, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.ttl = ttl;
    this.clock = clock;
  }

  Optional<T> get(String username, char[] password) {
    if (ttl.isZero()) {
      return Optional.empty();
    }
    String id = id(username, password);
    Entry<T> entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(id, entry);
      return Optional.empty();
    }
    return Optional.of(entry.caller());
  }

  void put(String username, char[] password, T caller) {
    if (ttl.isZero()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(id(username, password), new Entry<>(caller, clock.instant().plus(ttl)));
  }

  /**
   * Forgets these credentials (e.g. the user's security stamp changed since they were verified).
   */
  void remove(String username, char[] password) {
    if (!ttl.isZero()) {
      entries.remove(id(username, password));
    }
  }

  int size() {
    return entries.size();
  }

  private String id(String username, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      byte[] raw = new byte[bytes.remaining()];
      bytes.get(raw);
      mac.update(raw);
      Arrays.fill(raw, (byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
