package id.loket.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a person should know about one of their tickets. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "event_id", nullable = false, length = 36)
  private String eventId;

  @Column(name = "recipient", nullable = false, length = 64)
  private String recipient;

  @Column(name = "kind", nullable = false, length = 40)
  private String kind;

  @Column(name = "ticket_number", nullable = false, length = 32)
  private String ticketNumber;

  @Column(name = "detail", length = 64)
  private String detail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      String eventId, String recipient, String kind, String ticketNumber, Instant createdAt) {
    this(eventId, recipient, kind, ticketNumber, null, createdAt);
  }

  /**
   * @param detail what the kind needs to be told: the new status, the author of a reply; or null
   */
  public Notification(
      String eventId,
      String recipient,
      String kind,
      String ticketNumber,
      String detail,
      Instant createdAt) {
    this.eventId = eventId;
    this.recipient = recipient;
    this.kind = kind;
    this.ticketNumber = ticketNumber;
    this.detail = detail;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getDetail() {
    return detail;
  }

  public String getEventId() {
    return eventId;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getKind() {
    return kind;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
