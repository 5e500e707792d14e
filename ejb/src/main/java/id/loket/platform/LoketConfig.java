package id.loket.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every setting of Loket, typed, in one place. Values come from MicroProfile Config: defaults in
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables ({@code
 * loket.outbox.batch-size} ← {@code LOKET_OUTBOX_BATCH_SIZE}) or {@code -D} properties. Only the
 * data source is configured elsewhere ({@link DatabaseMigration}), because the container reads it
 * before any bean exists.
 */
@ApplicationScoped
public class LoketConfig {

  @Inject
  @ConfigProperty(name = "loket.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "loket.demo.password", defaultValue = "demo2026")
  String demoPassword;

  @Inject
  @ConfigProperty(name = "loket.display.zone", defaultValue = "Asia/Jakarta")
  String displayZone;

  @Inject
  @ConfigProperty(name = "loket.security.credential-cache-seconds", defaultValue = "300")
  int credentialCacheSeconds;

  @Inject
  @ConfigProperty(name = "loket.outbox.batch-size", defaultValue = "200")
  int outboxBatchSize;

  @Inject
  @ConfigProperty(name = "loket.outbox.retention", defaultValue = "P7D")
  String outboxRetention;

  @Inject
  @ConfigProperty(name = "loket.outbox.purge-batch-size", defaultValue = "1000")
  int outboxPurgeBatchSize;

  @Inject
  @ConfigProperty(name = "loket.outbox.max-backoff-seconds", defaultValue = "30")
  int outboxMaxBackoffSeconds;

  @Inject
  @ConfigProperty(name = "loket.messaging.max-attempts", defaultValue = "3")
  int messagingMaxAttempts;

  @Inject
  @ConfigProperty(name = "loket.messaging.retry-delay-ms", defaultValue = "200")
  long messagingRetryDelayMs;

  @Inject
  @ConfigProperty(name = "loket.diagnostics.rows-read-header", defaultValue = "false")
  boolean rowsReadHeader;

  /** Whether demo users and tickets are created on an empty database (never in production). */
  public boolean demoEnabled() {
    return demoEnabled;
  }

  public String demoPassword() {
    return demoPassword;
  }

  /** The zone in which times are shown; they are stored in UTC. */
  public ZoneId displayZone() {
    return ZoneId.of(displayZone);
  }

  /** How long a verified API password is remembered; 0 verifies PBKDF2 on every request. */
  public Duration credentialCache() {
    return Duration.ofSeconds(Math.max(0, credentialCacheSeconds));
  }

  /** How many outbox rows the relay publishes in one transaction. */
  public int outboxBatchSize() {
    return Math.max(1, outboxBatchSize);
  }

  /** How long published events are kept before the sweep purges them. */
  public Duration outboxRetention() {
    return Duration.parse(outboxRetention);
  }

  /** How many published events one purge statement deletes at most. */
  public int outboxPurgeBatchSize() {
    return Math.max(1, outboxPurgeBatchSize);
  }

  /** The longest pause of the relay between attempts while the broker is unreachable. */
  public Duration outboxMaxBackoff() {
    return Duration.ofSeconds(Math.max(1, outboxMaxBackoffSeconds));
  }

  /** Deliveries of one message to a consumer before it becomes a dead letter. */
  public int messagingMaxAttempts() {
    return Math.max(1, messagingMaxAttempts);
  }

  /** The pause before a consumer's second attempt (the third waits twice as long, and so on). */
  public Duration messagingRetryDelay() {
    return Duration.ofMillis(Math.max(0, messagingRetryDelayMs));
  }

  /** Whether responses say how many database rows they read (diagnostics, tests). */
  public boolean rowsReadHeader() {
    return rowsReadHeader;
  }
}
