package id.loket.followup.entity;

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
 * An escalation on the managers' list, as the escalation queue's consumer recorded it (one per
 * escalation). It copies what managers read in the list so the list is one indexed table scan.
 */
@Entity
@Table(name = "escalation_case")
public class EscalationCase {

  public static final String OPEN = "OPEN";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalationCaseSeq")
  @SequenceGenerator(
      name = "escalationCaseSeq",
      sequenceName = "escalation_case_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "escalation_id", nullable = false, updatable = false)
  private long escalationId;

  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(name = "ticket_number", length = 32, nullable = false, updatable = false)
  private String ticketNumber;

  @Column(name = "requester", length = 64, nullable = false, updatable = false)
  private String requester;

  @Column(name = "reason", length = Reason.MAX, nullable = false, updatable = false)
  private String reason;

  @Column(name = "escalated_at", nullable = false, updatable = false)
  private Instant escalatedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "status", length = 16, nullable = false)
  private String status;

  protected EscalationCase() {}

  public EscalationCase(Escalation e, long eventId, String ticketNumber, Instant recordedAt) {
    this.escalationId = Objects.requireNonNull(e.getId(), "escalation id");
    this.eventId = eventId;
    this.ticketNumber = Objects.requireNonNull(ticketNumber, "ticketNumber");
    this.requester = e.getEscalatedBy();
    this.reason = e.getReason();
    this.escalatedAt = e.getEscalatedAt();
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.status = OPEN;
  }

  public Long getId() {
    return id;
  }

  public long getEscalationId() {
    return escalationId;
  }

  public long getEventId() {
    return eventId;
  }

  public String getTicketNumber() {
    return ticketNumber;
  }

  public String getRequester() {
    return requester;
  }

  public String getReason() {
    return reason;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getStatus() {
    return status;
  }
}
