package id.loket.security;

import id.loket.platform.LoketConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Caps how many password checks run at once on this node ({@code
 * loket.security.max-concurrent-hashes}). Each PBKDF2 check costs about 0.2 s of CPU; without a
 * cap, a flood of wrong passwords occupies every core and starves real work. A check that finds no
 * free permit within {@link #WAIT_MS} is refused (the caller answers "busy, retry shortly").
 */
@ApplicationScoped
public class HashPermits {

  static final long WAIT_MS = 1_000;

  @Inject LoketConfig config;

  private Semaphore permits;
  private long waitMs = WAIT_MS;

  HashPermits() {}

  /** For tests: {@code count} permits, waiting at most {@code waitMs} for one. */
  HashPermits(int count, long waitMs) {
    this.permits = new Semaphore(count, true);
    this.waitMs = waitMs;
  }

  @PostConstruct
  void init() {
    permits = new Semaphore(config.maxConcurrentHashes(), true);
  }

  /** Runs {@code check} under a permit; {@code null} when none was free in time. */
  <T> T withPermit(Supplier<T> check) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    if (!acquired) {
      return null;
    }
    try {
      return check.get();
    } finally {
      permits.release();
    }
  }
}
