package id.loket.shared;

import java.util.Arrays;
import java.util.List;

/**
 * One or more named fields of a request are invalid (422), for rules that Bean Validation cannot
 * express: a value of the wrong JSON type, an unknown enum constant, an unknown property, an
 * assignee who is not active staff. Each {@link Field} carries its own message key, so the web tier
 * can list the fields like Bean Validation violations, in the caller's language.
 */
public class InvalidFieldException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Message key of the whole problem ("some fields are missing or invalid"). */
  public static final String KEY = "problem.validation";

  /** A bad field: its name, the key of what is wrong with it and the key's arguments. */
  public record Field(String name, String messageKey, List<Object> args) {
    public Field {
      args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public Field(String name, String messageKey, Object... args) {
      this(name, messageKey, Arrays.asList(args));
    }
  }

  private final transient List<Field> fields;

  public InvalidFieldException(List<Field> fields) {
    super(Kind.INVALID, KEY, "Invalid fields: " + fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("no fields");
    }
    this.fields = List.copyOf(fields);
  }

  public InvalidFieldException(String field, String messageKey, Object... args) {
    this(List.of(new Field(field, messageKey, args)));
  }

  /**
   * @return the bad fields, at least one
   */
  public List<Field> fields() {
    return fields == null ? List.of() : fields;
  }
}
