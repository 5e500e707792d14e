package id.loket.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One line of a ticket's history: at {@code at}, {@code actor} changed {@code field} from {@code
 * oldValue} to {@code newValue}.
 *
 * <p>Service desks are asked "who changed the priority?" and "how long did this wait for us?"; a
 * field-level, append-only trail answers both without trusting anyone's memory. Entries are written
 * only by {@link Ticket}, one per field that actually changed, with values rendered as strings
 * (enum names, ticket number text). The {@code FIELD_*} constants are the field names used; the web
 * layer can turn them into resource-bundle keys.
 */
@Entity
@Table(name = "ticket_audit")
public class AuditEntry {

  public static final String FIELD_CREATED = "created";
  public static final String FIELD_TITLE = "title";
  public static final String FIELD_DESCRIPTION = "description";
  public static final String FIELD_CATEGORY = "category";
  public static final String FIELD_IMPACT = "impact";
  public static final String FIELD_URGENCY = "urgency";
  public static final String FIELD_PRIORITY = "priority";
  public static final String FIELD_STATUS = "status";
  public static final String FIELD_ASSIGNEE = "assignee";
  public static final String FIELD_COMMENT = "comment";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketAuditSeq")
  @SequenceGenerator(
      name = "ticketAuditSeq",
      sequenceName = "ticket_audit_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private Ticket ticket;

  @NotNull
  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @NotBlank
  @Size(max = 64)
  @Column(name = "actor", length = 64, nullable = false, updatable = false)
  private String actor;

  @NotBlank
  @Size(max = 40)
  @Column(name = "field_name", length = 40, nullable = false, updatable = false)
  private String field;

  @Size(max = 10000)
  @Column(name = "old_value", length = 10000, updatable = false)
  private String oldValue;

  @Size(max = 10000)
  @Column(name = "new_value", length = 10000, updatable = false)
  private String newValue;

  /** For JPA only. */
  protected AuditEntry() {}

  AuditEntry(
      Ticket ticket, Instant at, String actor, String field, String oldValue, String newValue) {
    this.ticket = ticket;
    this.at = at;
    this.actor = actor;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
  }

  public Long getId() {
    return id;
  }

  public Ticket getTicket() {
    return ticket;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  @Override
  public String toString() {
    return at + " " + actor + " " + field + ": " + oldValue + " -> " + newValue;
  }
}
