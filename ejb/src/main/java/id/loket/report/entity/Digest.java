package id.loket.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A digest as it was made and mailed: one per subscription and period (the table's unique key holds
 * it, whichever node made it), kept for the subscriber to read again. Never changed.
 */
@Entity
@Table(name = "report_digest")
public class Digest {

  public static final int MAX_SUBJECT = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reportDigestSeq")
  @SequenceGenerator(
      name = "reportDigestSeq",
      sequenceName = "report_digest_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "subscription_id", nullable = false, updatable = false)
  private long subscriptionId;

  @Column(name = "username", length = 64, nullable = false, updatable = false)
  private String username;

  @Column(name = "period_from", nullable = false, updatable = false)
  private Instant periodFrom;

  @Column(name = "period_to", nullable = false, updatable = false)
  private Instant periodTo;

  @Column(name = "language", length = 8, nullable = false, updatable = false)
  private String language;

  @Column(name = "subject", length = MAX_SUBJECT, nullable = false, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Digest() {}

  public Digest(
      long subscriptionId,
      String username,
      Instant periodFrom,
      Instant periodTo,
      String language,
      String subject,
      String body,
      Instant createdAt) {
    if (!periodTo.isAfter(periodFrom)) {
      throw new IllegalArgumentException("A period ends after it starts");
    }
    this.subscriptionId = subscriptionId;
    this.username = Objects.requireNonNull(username, "username");
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.language = Objects.requireNonNull(language, "language");
    this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    this.body = Objects.requireNonNull(body, "body");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public long getSubscriptionId() {
    return subscriptionId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getPeriodFrom() {
    return periodFrom;
  }

  public Instant getPeriodTo() {
    return periodTo;
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

  public Instant getCreatedAt() {
    return createdAt;
  }
}
