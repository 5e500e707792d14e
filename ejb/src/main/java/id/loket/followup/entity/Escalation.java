package id.loket.followup.entity;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.ticket.entity.TicketStatus;
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
 * A requester's "not satisfied": the ticket's requester asks a manager to look at a ticket that is
 * not closed, with a reason. A ticket has at most one open escalation at a time (a second one is a
 * conflict naming when the first was made; the database's partial unique index settles a race).
 * {@code eventId} is the outbox event that announced it to the escalation queue.
 */
@Entity(name = "TicketEscalation")
@Table(name = "ticket_escalation")
public class Escalation {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketEscalationSeq")
  @SequenceGenerator(
      name = "ticketEscalationSeq",
      sequenceName = "ticket_escalation_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "escalated_by", length = 64, nullable = false, updatable = false)
  private String escalatedBy;

  @Column(name = "reason", length = Reason.MAX, nullable = false, updatable = false)
  private String reason;

  @Column(name = "escalated_at", nullable = false, updatable = false)
  private Instant escalatedAt;

  @Column(name = "event_id")
  private Long eventId;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "cause", length = 16, nullable = false, updatable = false)
  private String cause = REQUESTER;

  @Column(name = "target", length = 16, updatable = false)
  private String target;

  @Column(name = "round", updatable = false)
  private Integer round;

  @Column(name = "level", updatable = false)
  private Integer level;

  @Column(name = "reminder", updatable = false)
  private Integer reminder;

  /** Causes: the requester's "not satisfied", or the SLA sweeper. */
  public static final String REQUESTER = "REQUESTER";

  public static final String SLA = "SLA";

  protected Escalation() {}

  /**
   * @param open the ticket's open escalation, or {@code null}
   * @throws DomainException CONFLICT if the ticket is closed or already escalated
   */
  public static Escalation raise(
      long ticketId,
      String number,
      TicketStatus status,
      Escalation open,
      Reason reason,
      String by,
      Instant at) {
    Objects.requireNonNull(reason, "reason");
    if (status == TicketStatus.CLOSED) {
      throw new DomainException(
          Kind.CONFLICT,
          "escalation.closed",
          "Ticket " + number + " is closed and cannot be escalated",
          number);
    }
    if (open != null) {
      throw new DomainException(
          Kind.CONFLICT,
          "escalation.open",
          "Ticket " + number + " was already escalated at " + open.escalatedAt,
          number,
          open.escalatedAt);
    }
    Escalation e = new Escalation();
    e.ticketId = ticketId;
    e.reason = reason.text();
    e.escalatedBy = Objects.requireNonNull(by, "by");
    e.escalatedAt = Objects.requireNonNull(at, "at");
    return e;
  }

  /**
   * An SLA escalation: {@code level} 1 warning, 2 breach, 3 the next management level, 4 a reminder
   * ({@code reminder} its number) of {@code target}'s clock in its {@code round}. The database
   * keeps one per (ticket, target, round, level, reminder).
   */
  public static Escalation sla(
      long ticketId,
      String target,
      int round,
      int level,
      int reminder,
      String reason,
      String by,
      Instant at) {
    Escalation e = new Escalation();
    e.ticketId = ticketId;
    e.cause = SLA;
    e.target = Objects.requireNonNull(target, "target");
    e.round = round;
    e.level = level;
    e.reminder = reminder;
    e.reason = Objects.requireNonNull(reason, "reason");
    e.escalatedBy = Objects.requireNonNull(by, "by");
    e.escalatedAt = Objects.requireNonNull(at, "at");
    return e;
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

  /** Remembers the event that announced this escalation. */
  public void announcedAs(long eventId) {
    this.eventId = eventId;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public String getEscalatedBy() {
    return escalatedBy;
  }

  public String getReason() {
    return reason;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Long getEventId() {
    return eventId;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
