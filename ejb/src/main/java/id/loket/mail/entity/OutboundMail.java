package id.loket.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One mail the desk owes somebody, written in the transaction of the change that causes it (a
 * change that rolls back owes nothing). It stays PENDING until the SMTP server took it (SENT), and
 * is tried again with growing pauses while the server refuses, until the last attempt (FAILED,
 * which an administrator may retry). Its Message-ID is fixed when it is written, so a reply to it
 * finds its ticket.
 */
@Entity
@Table(name = "mail_out")
public class OutboundMail {

  public static final String PENDING = "PENDING";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";

  private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
  private static final Duration MAX_PAUSE = Duration.ofHours(1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_out_seq")
  @SequenceGenerator(name = "mail_out_seq", sequenceName = "mail_out_seq", allocationSize = 50)
  private Long id;

  @Column(name = "kind", nullable = false, length = 40)
  private String kind;

  @Column(name = "cause", nullable = false, length = 120)
  private String cause;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "ticket_number", length = 32)
  private String ticketNumber;

  @Column(name = "recipient", nullable = false, length = 320)
  private String recipient;

  @Column(name = "language", nullable = false, length = 8)
  private String language;

  @Column(name = "subject", nullable = false, length = 1000)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "message_id", nullable = false, length = 998)
  private String messageId;

  @Column(name = "in_reply_to", length = 998)
  private String inReplyTo;

  @Column(name = "refs")
  private String references;

  @Column(name = "reply_to", length = 320)
  private String replyTo;

  @Column(name = "status", nullable = false, length = 12)
  private String status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboundMail() {}

  /** A pending mail, due at {@code now}; its Message-ID is set once the id is known. */
  public OutboundMail(
      String kind,
      String cause,
      Long ticketId,
      String ticketNumber,
      String recipient,
      String language,
      String subject,
      String body,
      Instant now) {
    this.kind = kind;
    this.cause = cause;
    this.ticketId = ticketId;
    this.ticketNumber = ticketNumber;
    this.recipient = recipient;
    this.language = language;
    this.subject = subject;
    this.body = body;
    this.status = PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Sets the threading headers: Message-ID (without angle brackets), In-Reply-To, References. */
  public void thread(String messageId, String inReplyTo, String references, String replyTo) {
    this.messageId = messageId;
    this.inReplyTo = inReplyTo;
    this.references = references;
    this.replyTo = replyTo;
  }

  /** The SMTP server took it. */
  public void sent(Instant now) {
    status = SENT;
    sentAt = now;
    lastError = null;
  }

  /**
   * An attempt failed: tried again after a pause that doubles from {@code base} (30 seconds by
   * default) up to an hour, or FAILED once {@code maxAttempts} attempts failed.
   */
  public void failed(String error, Instant now, int maxAttempts, Duration base) {
    attempts++;
    lastError = error == null ? "unknown" : error.substring(0, Math.min(1000, error.length()));
    if (attempts >= maxAttempts) {
      status = FAILED;
      nextAttemptAt = now;
    } else {
      nextAttemptAt = now.plus(backoff(attempts, base));
    }
  }

  /**
   * The pause after the {@code attempts}-th failed attempt: base, twice, four times ... at most an
   * hour.
   */
  public static Duration backoff(int attempts, Duration base) {
    int doublings = Math.max(0, Math.min(attempts - 1, 16));
    Duration first = base == null || base.isNegative() || base.isZero() ? FIRST_PAUSE : base;
    Duration pause = first.multipliedBy(1L << doublings);
    return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
  }

  /** An administrator sends a FAILED mail once more, from now on, with a fresh set of attempts. */
  public boolean retry(Instant now) {
    if (!FAILED.equals(status)) {
      return false;
    }
    status = PENDING;
    attempts = 0;
    nextAttemptAt = now;
    return true;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public String getCause() {
    return cause;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getLanguage() {
    return language;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getMessageId() {
    return messageId;
  }

  public String getInReplyTo() {
    return inReplyTo;
  }

  public String getReferences() {
    return references;
  }

  public String getReplyTo() {
    return replyTo;
  }

  public String getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
