package id.loket.messaging.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting to leave (or, once {@code publishedAt} is set, gone). Written in the transaction
 * of the change it announces. Ids come one by one from the database sequence (allocation size 1):
 * two changes of one ticket are never concurrent (the ticket's version refuses the second), so the
 * later change always gets the higher id on any node, and publishing in id order keeps each
 * ticket's events in order.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outboxEventSeq")
  @SequenceGenerator(name = "outboxEventSeq", sequenceName = "outbox_event_seq", allocationSize = 1)
  private Long id;

  /** The event's identity: the row's id, except for a re-publish of an earlier event. */
  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(name = "aggregate_type", length = 40, nullable = false, updatable = false)
  private String aggregateType;

  @Column(name = "aggregate_key", length = 64, nullable = false, updatable = false)
  private String aggregateKey;

  @Column(name = "event_type", length = 60, nullable = false, updatable = false)
  private String type;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "payload", nullable = false, updatable = false)
  private String payload;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  /** For JPA only. */
  protected OutboxEvent() {}

  public OutboxEvent(
      String aggregateType, String aggregateKey, String type, String payload, Instant createdAt) {
    this.aggregateType = Objects.requireNonNull(aggregateType, "aggregateType");
    this.aggregateKey = Objects.requireNonNull(aggregateKey, "aggregateKey");
    this.type = Objects.requireNonNull(type, "type");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A second publication of the event {@code eventId} (after a dead letter was retried). */
  public static OutboxEvent republish(
      long eventId,
      String aggregateType,
      String aggregateKey,
      String type,
      String payload,
      Instant now) {
    OutboxEvent e = new OutboxEvent(aggregateType, aggregateKey, type, payload, now);
    e.eventId = eventId;
    return e;
  }

  /** Called once the id is assigned: a new event is identified by its own row. */
  public void identifyByRow() {
    if (eventId == 0) {
      eventId = Objects.requireNonNull(id, "id not yet assigned");
    }
  }

  public Long getId() {
    return id;
  }

  public long getEventId() {
    return eventId;
  }

  public String getAggregateType() {
    return aggregateType;
  }

  public String getAggregateKey() {
    return aggregateKey;
  }

  public String getType() {
    return type;
  }

  public String getPayload() {
    return payload;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
