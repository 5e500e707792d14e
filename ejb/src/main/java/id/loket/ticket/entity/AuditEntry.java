package id.loket.ticket.entity;

import id.loket.shared.Json;
import id.loket.shared.JsonbConverter;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a ticket's history: at {@code at}, {@code actor} changed {@code field} from {@code
 * oldValue} to {@code newValue}.
 *
 * <p>Service desks are asked "who changed the priority?" and "how long did this wait for us?"; a
 * field-level, append-only trail answers both without trusting anyone's memory. Entries are made
 * from the {@link Change}s a {@link Ticket} reports and stored beside it (never loaded with it);
 * they are read page by page, newest first. Values are stored as JSON ({@code jsonb}), so that a
 * form field, a number or a structured SLA value keeps its type.
 */
@Entity
@Table(name = "ticket_audit")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticketAuditSeq")
  @SequenceGenerator(
      name = "ticketAuditSeq",
      sequenceName = "ticket_audit_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private long ticketId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", length = 64, nullable = false, updatable = false)
  private String actor;

  @Column(name = "field_name", length = 40, nullable = false, updatable = false)
  private String field;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "new_value", updatable = false)
  private String newValue;

  /** For JPA only. */
  protected AuditEntry() {}

  /** The row for one change of the ticket with database id {@code ticketId}. */
  public static AuditEntry of(long ticketId, Change change) {
    AuditEntry e = new AuditEntry();
    e.ticketId = ticketId;
    e.at = change.at();
    e.actor = change.actor();
    e.field = change.field();
    e.oldValue = json(change.oldValue());
    e.newValue = json(change.newValue());
    return e;
  }

  public Long getId() {
    return id;
  }

  public long getTicketId() {
    return ticketId;
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

  /**
   * @return the old value as text (a JSON string's content, other JSON as written), or {@code null}
   */
  public String getOldValue() {
    return text(oldValue);
  }

  /**
   * @return the new value as text (a JSON string's content, other JSON as written), or {@code null}
   */
  public String getNewValue() {
    return text(newValue);
  }

  /**
   * @return the old value as stored: a JSON document, or {@code null}
   */
  public String getOldValueJson() {
    return oldValue;
  }

  /**
   * @return the new value as stored: a JSON document, or {@code null}
   */
  public String getNewValueJson() {
    return newValue;
  }

  @Override
  public String toString() {
    return at + " " + actor + " " + field + ": " + oldValue + " -> " + newValue;
  }

  /** A value as a JSON document: numbers and booleans as such, everything else as a string. */
  static String json(Object value) {
    if (value == null) {
      return null;
    }
    JsonValue v;
    if (value instanceof JsonValue json) {
      v = json;
    } else if (value instanceof Integer || value instanceof Long) {
      v = Json.createValue(((Number) value).longValue());
    } else if (value instanceof Number n) {
      v = Json.createValue(new java.math.BigDecimal(n.toString()));
    } else if (value instanceof Boolean b) {
      v = b ? JsonValue.TRUE : JsonValue.FALSE;
    } else {
      v = Json.createValue(Change.text(value));
    }
    return v.toString();
  }

  static String text(String json) {
    if (json == null) {
      return null;
    }
    try (var reader = Json.createReader(json)) {
      JsonValue v = reader.readValue();
      return v instanceof JsonString s ? s.getString() : v.toString();
    }
  }
}
