package id.loket.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A message that a consumer gave up on after bounded redeliveries, kept with the error so that an
 * administrator can see what failed and, once the cause is fixed, retry it. A retry re-publishes
 * the same event (same event id) through the outbox; consumers that already acted on it skip it.
 */
@Entity
@Table(name = "dead_letter")
public class DeadLetter {

  public static final int MAX_ERROR = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadLetterSeq")
  @SequenceGenerator(name = "deadLetterSeq", sequenceName = "dead_letter_seq", allocationSize = 50)
  private Long id;

  @Column(name = "consumer", length = 60, nullable = false, updatable = false)
  private String consumer;

  @Column(name = "destination", length = 120, nullable = false, updatable = false)
  private String destination;

  @Column(name = "event_id", updatable = false)
  private Long eventId;

  @Column(name = "event_type", length = 60, updatable = false)
  private String eventType;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "error", length = MAX_ERROR, nullable = false, updatable = false)
  private String error;

  @Column(name = "attempts", nullable = false, updatable = false)
  private int attempts;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private Instant failedAt;

  @Column(name = "retried_at")
  private Instant retriedAt;

  @Column(name = "retried_by", length = 64)
  private String retriedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected DeadLetter() {}

  public DeadLetter(
      String consumer,
      String destination,
      Long eventId,
      String eventType,
      String body,
      String error,
      int attempts,
      Instant failedAt) {
    this.consumer = Objects.requireNonNull(consumer, "consumer");
    this.destination = Objects.requireNonNull(destination, "destination");
    this.eventId = eventId;
    this.eventType = eventType;
    this.body = body == null ? "" : body;
    String e = error == null ? "(no message)" : error;
    this.error = e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
    this.attempts = attempts;
    this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
  }

  /**
   * @return whether a retry can re-publish it: it must be an event (with an id) not yet retried
   */
  public boolean isRetryable() {
    return eventId != null && eventType != null && retriedAt == null;
  }

  public void markRetried(String by, Instant at) {
    this.retriedBy = Objects.requireNonNull(by, "by");
    this.retriedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public String getConsumer() {
    return consumer;
  }

  public String getDestination() {
    return destination;
  }

  public Long getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getBody() {
    return body;
  }

  public String getError() {
    return error;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getFailedAt() {
    return failedAt;
  }

  public Instant getRetriedAt() {
    return retriedAt;
  }

  public String getRetriedBy() {
    return retriedBy;
  }

  public long getVersion() {
    return version;
  }
}
