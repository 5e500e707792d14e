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

  @Column(name = "cause", length = 16, nullable = false, updatable = false)
  private String cause;

  @Column(name = "target", length = 16, updatable = false)
  private String target;

  @Column(name = "level", updatable = false)
  private Integer level;

  @Column(name = "reminder", updatable = false)
  private Integer reminder;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "team", length = 40, updatable = false)
  private String team;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Column(name = "ack_note", length = Reason.MAX)
  private String ackNote;

  @jakarta.persistence.Version
  @Column(name = "version", nullable = false)
  private long version;

  public static final String ACKNOWLEDGED = "ACKNOWLEDGED";

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
    this.cause = e.getCause();
    this.target = e.getTarget();
    this.level = e.getLevel();
    this.reminder = e.getReminder();
    this.ticketId = e.getTicketId();
  }

  /** The case as the consumer records it, with the requester and team of the ticket. */
  public EscalationCase(
      Escalation e,
      long eventId,
      String ticketNumber,
      String requester,
      String team,
      Instant recordedAt) {
    this(e, eventId, ticketNumber, recordedAt);
    this.requester = Objects.requireNonNull(requester, "requester");
    this.team = team;
  }

  /**
   * Someone responsible saw it and says what is done: the case leaves the open list (an SLA
   * breach's reminders stop).
   *
   * @return false if it was acknowledged or closed already
   */
  public boolean acknowledge(String by, String note, Instant at) {
    if (!OPEN.equals(status)) {
      return false;
    }
    status = ACKNOWLEDGED;
    acknowledgedBy = Objects.requireNonNull(by, "by");
    ackNote = note;
    acknowledgedAt = Objects.requireNonNull(at, "at");
    return true;
  }

  public String getCause() {
    return cause;
  }

  public String getTarget() {
    return target;
  }

  public Integer getLevel() {
    return level;
  }

  public Integer getReminder() {
    return reminder;
  }

  public Long getTicketId() {
    return ticketId;
  }

  public String getTeam() {
    return team;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public String getAckNote() {
    return ackNote;
  }

  public long getVersion() {
    return version;
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
