package id.loket.sla.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a ticket's SLA ledger: what happened to one of its clocks, when, by whom, with the
 * facts that explain it ({@code detail}: policy, calendar, target, old and new priority, the status
 * that paused it, the share of the target used) and the due instant before and after. Append-only,
 * read newest first a page at a time; the page words it in the reader's language.
 */
@Entity
@Table(name = "sla_ledger")
public class SlaEvent {

  /** What happened. */
  public enum Kind {
    STARTED,
    PAUSED,
    RESUMED,
    RECALCULATED,
    MET,
    REOPENED,
    STOPPED,
    WARNED,
    BREACHED,
    SECOND_LEVEL,
    REMINDED,
    ACKNOWLEDGED
  }

  @Id
  @SequenceGenerator(name = "sla_ledger_seq", sequenceName = "sla_ledger_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_ledger_seq")
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target", nullable = false, updatable = false, length = 16)
  private SlaTarget target;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  private Kind kind;

  @Column(name = "actor", nullable = false, updatable = false, length = 64)
  private String actor;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "detail", nullable = false, updatable = false, columnDefinition = "jsonb")
  private String detail;

  @Column(name = "old_due", updatable = false)
  private Instant oldDue;

  @Column(name = "new_due", updatable = false)
  private Instant newDue;

  protected SlaEvent() {}

  public SlaEvent(
      long ticketId,
      SlaTarget target,
      Instant at,
      Kind kind,
      String actor,
      String detail,
      Instant oldDue,
      Instant newDue) {
    this.ticketId = ticketId;
    this.target = Objects.requireNonNull(target, "target");
    this.at = Objects.requireNonNull(at, "at");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.detail = detail == null ? "{}" : detail;
    this.oldDue = oldDue;
    this.newDue = newDue;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
  }

  public SlaTarget getTarget() {
    return target;
  }

  public Instant getAt() {
    return at;
  }

  public Kind getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getOldDue() {
    return oldDue;
  }

  public Instant getNewDue() {
    return newDue;
  }
}
