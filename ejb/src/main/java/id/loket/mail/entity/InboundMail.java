package id.loket.mail.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;

/**
 * One message that reached the desk, kept once: where it came from (mailbox and UID, or a replay),
 * its raw source (up to the configured size), what was parsed, and what became of it. A message an
 * agent must look at ({@link Outcome#REVIEW}) carries a review state that changes once, based on
 * the version the agent saw.
 */
@Entity
@Table(name = "mail_in")
public class InboundMail {

  /** What became of a message. */
  public enum Outcome {
    TICKET_CREATED("ticket-created"),
    COMMENT_ADDED("comment-added"),
    REVIEW("review"),
    IGNORED_AUTO_REPLY("ignored-auto-reply"),
    RATE_LIMITED("rate-limited"),
    REJECTED("rejected"),
    QUARANTINED("quarantined");

    private final String code;

    Outcome(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Outcome of(String code) {
      return Arrays.stream(values())
          .filter(o -> o.code.equals(code))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(code));
    }
  }

  /** An agent's decision on a message in review. */
  public enum Review {
    OPEN,
    APPENDED,
    NEW_TICKET,
    DISCARDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailInSeq")
  @SequenceGenerator(name = "mailInSeq", sequenceName = "mail_in_seq", allocationSize = 50)
  private Long id;

  @Column(name = "mailbox", length = 200, nullable = false, updatable = false)
  private String mailbox;

  @Column(name = "uid_validity", updatable = false)
  private Long uidValidity;

  @Column(name = "uid", updatable = false)
  private Long uid;

  @Column(name = "message_id", length = 998, updatable = false)
  private String messageId;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "from_address", length = 320, updatable = false)
  private String fromAddress;

  @Column(name = "subject", length = 1000, updatable = false)
  private String subject;

  @Column(name = "outcome", length = 24, nullable = false)
  private String outcome;

  @Column(name = "reason", length = 1000)
  private String reason;

  @Column(name = "ticket_id")
  private Long ticketId;

  @Column(name = "ticket_number", length = 32)
  private String ticketNumber;

  @Column(name = "parsed", nullable = false, updatable = false)
  @Convert(converter = JsonbConverter.class)
  private String parsed;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "raw", nullable = false, updatable = false)
  private byte[] raw;

  @Column(name = "raw_size", nullable = false, updatable = false)
  private int rawSize;

  @Column(name = "raw_truncated", nullable = false, updatable = false)
  private boolean rawTruncated;

  @Column(name = "review_status", length = 16)
  private String reviewStatus;

  @Column(name = "reviewed_by", length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected InboundMail() {}

  /**
   * @param raw the message as received; kept up to {@code rawMax} bytes
   */
  public InboundMail(
      String mailbox,
      Long uidValidity,
      Long uid,
      String messageId,
      Instant receivedAt,
      String fromAddress,
      String subject,
      String parsed,
      byte[] raw,
      int rawMax) {
    this.mailbox = cut(mailbox, 200);
    this.uidValidity = uidValidity;
    this.uid = uid;
    this.messageId = cut(messageId, 998);
    this.receivedAt = receivedAt;
    this.fromAddress = cut(fromAddress, 320);
    this.subject = cut(subject, 1000);
    this.parsed = parsed;
    this.rawSize = raw.length;
    this.rawTruncated = raw.length > rawMax;
    this.raw = rawTruncated ? Arrays.copyOf(raw, rawMax) : raw;
  }

  /** Records what became of the message (and, for a review, opens it). */
  public void outcome(Outcome outcome, String reason, Long ticketId, String ticketNumber) {
    this.outcome = outcome.code();
    this.reason = cut(reason, 1000);
    this.ticketId = ticketId;
    this.ticketNumber = ticketNumber;
    this.reviewStatus = outcome == Outcome.REVIEW ? Review.OPEN.name() : null;
  }

  /**
   * An agent's decision on a message in review: once only.
   *
   * @throws IllegalStateException when it is not (or no longer) in review
   */
  public void review(Review decision, String by, Instant at, Long ticketId, String ticketNumber) {
    if (!Review.OPEN.name().equals(reviewStatus)) {
      throw new IllegalStateException("not in review: " + id);
    }
    if (decision == Review.OPEN) {
      throw new IllegalArgumentException("a decision closes the review");
    }
    this.reviewStatus = decision.name();
    this.reviewedBy = by;
    this.reviewedAt = at;
    if (ticketId != null) {
      this.ticketId = ticketId;
      this.ticketNumber = ticketNumber;
    }
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public String getMailbox() {
    return mailbox;
  }

  public Long getUid() {
    return uid;
  }

  public String getMessageId() {
    return messageId;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getFromAddress() {
    return fromAddress;
  }

  public String getSubject() {
    return subject;
  }

  public Outcome getOutcome() {
    return Outcome.of(outcome);
  }

  public String getReason() {
    return reason;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public String getParsed() {
    return parsed;
  }

  public byte[] getRaw() {
    return raw;
  }

  public int getRawSize() {
    return rawSize;
  }

  public boolean isRawTruncated() {
    return rawTruncated;
  }

  public String getReviewStatus() {
    return reviewStatus;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public long getVersion() {
    return version;
  }
}
