package id.loket.ticket.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * One field of a ticket that changed: at {@code at}, {@code actor} changed {@code field} from
 * {@code oldValue} to {@code newValue}. Reported by {@link Ticket} and written as an {@link
 * AuditEntry} by whoever stores the ticket. Values keep their type (enum, {@link TicketNumber},
 * text) until they are stored.
 *
 * <p>The {@code FIELD_*} constants are the field names used; pages turn them into resource-bundle
 * keys.
 */
public record Change(Instant at, String actor, String field, Object oldValue, Object newValue) {

  public static final String FIELD_CREATED = "created";
  public static final String FIELD_TITLE = "title";
  public static final String FIELD_DESCRIPTION = "description";
  public static final String FIELD_CATEGORY = "category";
  public static final String FIELD_IMPACT = "impact";
  public static final String FIELD_URGENCY = "urgency";
  public static final String FIELD_PRIORITY = "priority";
  public static final String FIELD_STATUS = "status";
  public static final String FIELD_ASSIGNEE = "assignee";
  public static final String FIELD_TEAM = "team";
  public static final String FIELD_COMMENT = "comment";
  public static final String FIELD_REQUEST_TYPE = "request_type";

  /**
   * A link to another ticket made (new value) or removed (old value): {@code <ROLE> <number>}, the
   * role being what the other ticket is to this one (RELATED, PARENT, CHILD). Staff-only, like the
   * links themselves.
   */
  public static final String FIELD_LINK = "link";

  /** On a duplicate: the primary it was merged into. */
  public static final String FIELD_MERGED_INTO = "merged_into";

  /** On a primary: a duplicate merged into it. */
  public static final String FIELD_MERGED = "merged";

  /** A field of the request type's form: {@code field:<key>}. */
  public static final String FIELD_PREFIX = "field:";

  public Change {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(field, "field");
  }

  /**
   * @return the old value as text (enum name, number text), {@code null} if there was none
   */
  public String oldText() {
    return text(oldValue);
  }

  /**
   * @return the new value as text (enum name, number text), {@code null} if there is none
   */
  public String newText() {
    return text(newValue);
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
