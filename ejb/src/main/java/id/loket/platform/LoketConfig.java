package id.loket.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
  @ConfigProperty(name = "loket.http.max-request-bytes", defaultValue = "1048576")
  long maxRequestBytes;

  @Inject
  @ConfigProperty(name = "loket.security.stamp-cache-seconds", defaultValue = "30")
  int stampCacheSeconds;

  @Inject
  @ConfigProperty(name = "loket.security.max-concurrent-hashes", defaultValue = "0")
  int maxConcurrentHashes;

  @Inject
  @ConfigProperty(name = "loket.security.throttle.account-free-failures", defaultValue = "5")
  int accountFreeFailures;

  @Inject
  @ConfigProperty(name = "loket.security.throttle.address-free-failures", defaultValue = "50")
  int addressFreeFailures;

  @Inject
  @ConfigProperty(name = "loket.security.throttle.base-delay-ms", defaultValue = "1000")
  long throttleBaseDelayMs;

  @Inject
  @ConfigProperty(name = "loket.security.throttle.max-delay-seconds", defaultValue = "60")
  int throttleMaxDelaySeconds;

  @Inject
  @ConfigProperty(name = "loket.security.throttle.quiet-minutes", defaultValue = "15")
  int throttleQuietMinutes;

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

  @Inject
  @ConfigProperty(name = "loket.attachments.max-file-bytes", defaultValue = "10485760")
  long attachmentMaxFileBytes;

  @Inject
  @ConfigProperty(name = "loket.attachments.max-ticket-bytes", defaultValue = "26214400")
  long attachmentMaxTicketBytes;

  @Inject
  @ConfigProperty(name = "loket.attachments.max-files-per-upload", defaultValue = "10")
  int attachmentMaxFilesPerUpload;

  @Inject
  @ConfigProperty(name = "loket.attachments.allowed-types", defaultValue = ATTACHMENT_TYPES)
  List<String> attachmentAllowedTypes;

  @Inject
  @ConfigProperty(name = "loket.routing.default-team", defaultValue = "service-desk")
  String routingDefaultTeam;

  @Inject
  @ConfigProperty(name = "loket.routing.default-capacity", defaultValue = "20")
  int routingDefaultCapacity;

  @Inject
  @ConfigProperty(name = "loket.public-base-url")
  Optional<String> publicBaseUrl; // MicroProfile Config treats an empty value as no value

  @Inject
  @ConfigProperty(name = "loket.queue.breaching-minutes", defaultValue = "120")
  int queueBreachingMinutes;

  /**
   * The media types an attachment may have (decided from its bytes): pictures, short videos, PDF,
   * text and office documents. Never anything that runs (executables, HTML, SVG, XML).
   */
  public static final String ATTACHMENT_TYPES =
      "image/png,image/jpeg,image/gif,image/webp,video/mp4,video/webm,application/pdf,text/plain,"
          + "text/csv,"
          + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
          + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
          + "application/vnd.oasis.opendocument.text,"
          + "application/vnd.oasis.opendocument.spreadsheet";

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

  /**
   * The largest request body Loket reads (forms and JSON); a larger one is refused with 413 before
   * it is read, and its connection closed.
   */
  public long maxRequestBytes() {
    return Math.max(1024, maxRequestBytes);
  }

  /**
   * How long a node trusts the security stamp it read for a user; a disabled user, a new password
   * or changed roles end that user's sessions on every node within this time.
   */
  public Duration stampCache() {
    return Duration.ofSeconds(Math.max(0, stampCacheSeconds));
  }

  /** How many PBKDF2 password checks may run at once on this node (0: twice the processors). */
  public int maxConcurrentHashes() {
    return maxConcurrentHashes > 0
        ? maxConcurrentHashes
        : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** Failed sign-ins of one account that cost no delay yet. */
  public int accountFreeFailures() {
    return Math.max(0, accountFreeFailures);
  }

  /** Failed sign-ins from one client address that cost no delay yet (offices share addresses). */
  public int addressFreeFailures() {
    return Math.max(0, addressFreeFailures);
  }

  /**
   * The first sign-in delay once the free failures are used up; each further failure doubles it.
   */
  public Duration throttleBaseDelay() {
    return Duration.ofMillis(
        Math.max(0, Math.min(throttleBaseDelayMs, throttleMaxDelay().toMillis())));
  }

  /** The longest sign-in delay. */
  public Duration throttleMaxDelay() {
    return Duration.ofSeconds(Math.max(1, throttleMaxDelaySeconds));
  }

  /**
   * After this long without failures a key starts counting from zero (at least the longest delay).
   */
  public Duration throttleQuietWindow() {
    Duration quiet = Duration.ofMinutes(Math.max(1, throttleQuietMinutes));
    return quiet.compareTo(throttleMaxDelay()) < 0 ? throttleMaxDelay() : quiet;
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

  /** The largest attachment (one file). */
  public long attachmentMaxFileBytes() {
    return Math.max(1, attachmentMaxFileBytes);
  }

  /** The most all attachments of one ticket may weigh together. */
  public long attachmentMaxTicketBytes() {
    return Math.max(attachmentMaxFileBytes(), attachmentMaxTicketBytes);
  }

  /** How many files one upload (a new ticket, a comment, one API call) may carry. */
  public int attachmentMaxFilesPerUpload() {
    return Math.max(1, attachmentMaxFilesPerUpload);
  }

  /** The media types an attachment may have, lower case. */
  public Set<String> attachmentAllowedTypes() {
    return attachmentAllowedTypes.stream()
        .map(t -> t.strip().toLowerCase(Locale.ROOT))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The largest request body on the upload paths (multipart to a ticket's attachments, or to a
   * ticket page): a whole ticket's worth of attachments plus the ordinary limit for the rest of the
   * form. Everywhere else {@link #maxRequestBytes()} holds.
   */
  public long maxUploadRequestBytes() {
    return attachmentMaxTicketBytes() + maxRequestBytes();
  }

  /** Whether responses say how many database rows they read (diagnostics, tests). */
  public boolean rowsReadHeader() {
    return rowsReadHeader;
  }

  /**
   * The address at which people and API clients reach Loket, context root included (e.g. {@code
   * https://loket.example.org/}), for the links Loket hands out ({@code Location}); empty when not
   * configured — links are then relative to the server, never built from the request's {@code Host}
   * header.
   */
  public String publicBaseUrl() {
    return publicBaseUrl == null ? "" : publicBaseUrl.map(String::strip).orElse("");
  }

  /**
   * The team that gets a new ticket no routing rule matches and whose request type names no first
   * team ({@code LOKET_ROUTING_DEFAULT_TEAM}).
   */
  public String routingDefaultTeam() {
    return routingDefaultTeam.strip();
  }

  /**
   * How many open tickets auto-assignment gives an agent whose capacity is not set ({@code
   * LOKET_ROUTING_DEFAULT_CAPACITY}).
   */
  public int routingDefaultCapacity() {
    return Math.max(0, routingDefaultCapacity);
  }

  // --- workbench (issue 8) ---

  @Inject
  @ConfigProperty(name = "loket.workbench.presence-seconds", defaultValue = "45")
  int presenceSeconds;

  /**
   * @return how long a heartbeat on a ticket page counts as "here" (the page beats every ~20 s)
   */
  public java.time.Duration presenceWindow() {
    return java.time.Duration.ofSeconds(Math.max(5, presenceSeconds));
  }

  /** How far ahead the "breaching soon" queue looks for due instants (at least one minute). */
  public Duration queueBreachingWithin() {
    return Duration.ofMinutes(Math.max(1, queueBreachingMinutes));
  }

  // --- SLA engine (issue 9) ---

  @Inject
  @ConfigProperty(name = "loket.sla.sweep-seconds", defaultValue = "5")
  int slaSweepSeconds;

  @Inject
  @ConfigProperty(name = "loket.sla.sweep-batch", defaultValue = "200")
  int slaSweepBatch;

  @Inject
  @ConfigProperty(name = "loket.sla.pause-third-party", defaultValue = "true")
  boolean slaPauseThirdParty;

  @Inject
  @ConfigProperty(name = "loket.sla.second-level-role", defaultValue = "ADMIN")
  String slaSecondLevelRole;

  /** How often each node's sweeper looks for SLA clocks due a warning or escalation (≥ 1 s). */
  public Duration slaSweepEvery() {
    return Duration.ofSeconds(Math.max(1, slaSweepSeconds));
  }

  /** How many due clocks one sweep transaction claims at most (1..5000). */
  public int slaSweepBatch() {
    return Math.max(1, Math.min(5000, slaSweepBatch));
  }

  /**
   * Whether "waiting for third party" stops the SLA clocks as "waiting for requester" always does.
   */
  public boolean slaPauseThirdParty() {
    return slaPauseThirdParty;
  }

  /**
   * The role told when a breach stays unresolved past a policy's second-level interval (the next
   * management level above the desk's managers).
   */
  public String slaSecondLevelRole() {
    return slaSecondLevelRole.strip();
  }

  // --- e-mail channel (issue 10) ---

  @Inject
  @ConfigProperty(name = "loket.mail.outbound.enabled", defaultValue = "true")
  boolean mailOutbound;

  @Inject
  @ConfigProperty(name = "loket.mail.inbound.enabled", defaultValue = "false")
  boolean mailInbound;

  @Inject
  @ConfigProperty(name = "loket.mail.from-address", defaultValue = "servicedesk@loket.local")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "loket.mail.from-name", defaultValue = "Loket Service Desk")
  String mailFromName;

  @Inject
  @ConfigProperty(name = "loket.mail.smtp.host", defaultValue = "localhost")
  String smtpHost;

  @Inject
  @ConfigProperty(name = "loket.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "loket.mail.smtp.security", defaultValue = "none")
  String smtpSecurity;

  @Inject
  @ConfigProperty(name = "loket.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "loket.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.host")
  Optional<String> imapHost;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.port", defaultValue = "143")
  int imapPort;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.security", defaultValue = "none")
  String imapSecurity;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.user")
  Optional<String> imapUser;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.password")
  Optional<String> imapPassword;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.folder", defaultValue = "INBOX")
  String imapFolder;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.done-folder")
  Optional<String> imapDoneFolder;

  @Inject
  @ConfigProperty(name = "loket.mail.imap.poll-seconds", defaultValue = "30")
  int imapPollSeconds;

  @Inject
  @ConfigProperty(name = "loket.mail.timeout-seconds", defaultValue = "20")
  int mailTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "loket.mail.send-seconds", defaultValue = "5")
  int mailSendSeconds;

  @Inject
  @ConfigProperty(name = "loket.mail.send-batch", defaultValue = "50")
  int mailSendBatch;

  @Inject
  @ConfigProperty(name = "loket.mail.max-attempts", defaultValue = "12")
  int mailMaxAttempts;

  @Inject
  @ConfigProperty(name = "loket.mail.retry-base-seconds", defaultValue = "30")
  int mailRetryBaseSeconds;

  @Inject
  @ConfigProperty(name = "loket.mail.unknown-senders", defaultValue = "create")
  String mailUnknownSenders;

  @Inject
  @ConfigProperty(name = "loket.mail.reopen-days", defaultValue = "14")
  int mailReopenDays;

  @Inject
  @ConfigProperty(name = "loket.mail.raw-max-bytes", defaultValue = "10485760")
  int mailRawMaxBytes;

  @Inject
  @ConfigProperty(name = "loket.mail.max-per-sender-hour", defaultValue = "30")
  int mailPerSenderHour;

  @Inject
  @ConfigProperty(name = "loket.mail.token-secret")
  Optional<String> mailTokenSecret;

  @Inject
  @ConfigProperty(name = "loket.mail.default-category", defaultValue = "other")
  String mailDefaultCategory;

  /** The e-mail channel's settings (see {@link MailSettings}). */
  public MailSettings mail() {
    Duration timeout = Duration.ofSeconds(Math.max(1, mailTimeoutSeconds));
    return new MailSettings(
        mailOutbound,
        mailInbound,
        mailFrom.strip().toLowerCase(Locale.ROOT),
        mailFromName.strip(),
        new MailSettings.Server(
            smtpHost.strip(),
            smtpPort,
            smtpSecurity.strip().toLowerCase(Locale.ROOT),
            blank(smtpUser),
            blank(smtpPassword),
            timeout),
        new MailSettings.Server(
            blank(imapHost),
            imapPort,
            imapSecurity.strip().toLowerCase(Locale.ROOT),
            blank(imapUser),
            blank(imapPassword),
            timeout),
        imapFolder.strip(),
        blank(imapDoneFolder),
        Duration.ofSeconds(Math.max(1, imapPollSeconds)),
        Duration.ofSeconds(Math.max(1, mailSendSeconds)),
        Math.max(1, Math.min(1000, mailSendBatch)),
        Math.max(1, mailMaxAttempts),
        Duration.ofSeconds(Math.max(1, mailRetryBaseSeconds)),
        !"reject".equalsIgnoreCase(mailUnknownSenders.strip()),
        Duration.ofDays(Math.max(0, mailReopenDays)),
        Math.max(1024, mailRawMaxBytes),
        Math.max(1, mailPerSenderHour),
        blank(mailTokenSecret),
        mailDefaultCategory.strip());
  }

  private static String blank(Optional<String> value) {
    return value == null ? "" : value.map(String::strip).orElse("");
  }
}
