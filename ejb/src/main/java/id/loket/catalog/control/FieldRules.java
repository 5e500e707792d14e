package id.loket.catalog.control;

import id.loket.catalog.entity.FieldDefinition;
import id.loket.catalog.entity.FieldOption;
import id.loket.catalog.entity.FormDefinition;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import id.loket.shared.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the values a requester (or an agent on the phone) gave for a request type's form against
 * its {@link FormDefinition} and turns them into the typed JSON stored with the ticket: texts
 * cleaned, numbers as JSON numbers, dates and date-times as ISO text, choices as their codes (a
 * multi-choice as an array in the options' order), yes/no as booleans, users as user names of
 * active users. Lenient about form input (a number or a yes/no may come as text, a multi-choice as
 * one code), strict about meaning.
 *
 * <p>Every bad value is reported at once, each as {@code fields.<key>} with its own message key, so
 * a page shows it beside the field and the API names it in its 422. Empty values are absent: they
 * are not stored, and a required field without a value is reported.
 */
public final class FieldRules {

  public static final int MAX_TEXT = 200;
  public static final int MAX_LONG_TEXT = 4000;

  /** Numbers beyond this are typing errors, not delays or quantities. */
  private static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Object BAD = new Object();

  private FieldRules() {}

  /**
   * @param input the values by field key ({@code null}: none)
   * @param isActiveUser whether a user name names an active user (for USER fields)
   * @return the typed values, in the form's order, without empty ones
   * @throws InvalidFieldException naming {@code fields.<key>} for every bad or missing value
   */
  public static JsonObject validate(
      FormDefinition form, JsonObject input, Predicate<String> isActiveUser) {
    JsonObject values = input == null ? JsonValue.EMPTY_JSON_OBJECT : input;
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    for (String key : values.keySet()) {
      if (form.field(key) == null) {
        bad.add(new InvalidFieldException.Field(name(key), "catalog.field.unknown"));
      }
    }
    JsonObjectBuilder typed = Json.createObjectBuilder();
    for (FieldDefinition field : form.fields()) {
      JsonValue value = values.get(field.key());
      if (isEmpty(value)) {
        if (field.required()) {
          bad.add(new InvalidFieldException.Field(name(field.key()), "catalog.field.required"));
        }
        continue;
      }
      Object converted = convert(field, value, isActiveUser);
      if (converted instanceof InvalidFieldException.Field f) {
        bad.add(f);
      } else if (converted instanceof JsonValue v) {
        typed.add(field.key(), v);
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return typed.build();
  }

  private static String name(String key) {
    String shown = key.length() > 40 ? key.substring(0, 40) + "…" : key;
    return "fields." + shown;
  }

  private static boolean isEmpty(JsonValue value) {
    return value == null
        || value.getValueType() == JsonValue.ValueType.NULL
        || (value instanceof JsonString s && Text.clean(s.getString()).isEmpty())
        || (value instanceof JsonArray a && a.isEmpty());
  }

  private static Object convert(
      FieldDefinition field, JsonValue value, Predicate<String> isActiveUser) {
    String key = field.key();
    Object result =
        switch (field.kind()) {
          case TEXT -> text(value, MAX_TEXT);
          case LONG_TEXT -> text(value, MAX_LONG_TEXT);
          case NUMBER -> number(value);
          case DATE -> date(value);
          case DATE_TIME -> dateTime(value);
          case YES_NO -> yesNo(value);
          case CHOICE ->
              value instanceof JsonString s && field.option(s.getString()) != null
                  ? JSON.createValue(s.getString())
                  : BAD;
          case MULTI_CHOICE -> multi(field, value);
          case USER ->
              value instanceof JsonString s && isActiveUser.test(s.getString().strip())
                  ? JSON.createValue(s.getString().strip())
                  : BAD;
        };
    if (result != BAD) {
      return result;
    }
    return switch (field.kind()) {
      case TEXT -> new InvalidFieldException.Field(name(key), "catalog.field.text", MAX_TEXT);
      case LONG_TEXT ->
          new InvalidFieldException.Field(name(key), "catalog.field.text", MAX_LONG_TEXT);
      case NUMBER -> new InvalidFieldException.Field(name(key), "catalog.field.number");
      case DATE -> new InvalidFieldException.Field(name(key), "catalog.field.date");
      case DATE_TIME -> new InvalidFieldException.Field(name(key), "catalog.field.dateTime");
      case YES_NO -> new InvalidFieldException.Field(name(key), "catalog.field.yesNo");
      case CHOICE, MULTI_CHOICE ->
          new InvalidFieldException.Field(name(key), "catalog.field.choice", codes(field));
      case USER -> new InvalidFieldException.Field(name(key), "catalog.field.user");
    };
  }

  private static Object text(JsonValue value, int max) {
    if (!(value instanceof JsonString s)) {
      return BAD;
    }
    String text = Text.clean(s.getString());
    return text.length() <= max && Text.isPlain(text) ? JSON.createValue(text) : BAD;
  }

  private static Object number(JsonValue value) {
    BigDecimal n;
    if (value instanceof JsonNumber num) {
      n = num.bigDecimalValue();
    } else if (value instanceof JsonString s) {
      try {
        n = new BigDecimal(s.getString().strip());
      } catch (NumberFormatException e) {
        return BAD;
      }
    } else {
      return BAD;
    }
    if (n.abs().compareTo(MAX_NUMBER) > 0 || n.scale() > 6) {
      return BAD;
    }
    n = n.stripTrailingZeros();
    return n.scale() <= 0 ? JSON.createValue(n.longValueExact()) : JSON.createValue(n);
  }

  private static Object date(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      return BAD;
    }
    try {
      return JSON.createValue(LocalDate.parse(s.getString().strip()).toString());
    } catch (DateTimeParseException e) {
      return BAD;
    }
  }

  private static Object dateTime(JsonValue value) {
    if (!(value instanceof JsonString s)) {
      return BAD;
    }
    String text = s.getString().strip();
    try {
      return JSON.createValue(OffsetDateTime.parse(text).toString());
    } catch (DateTimeParseException e) {
      try {
        return JSON.createValue(LocalDateTime.parse(text).toString());
      } catch (DateTimeParseException e2) {
        return BAD;
      }
    }
  }

  private static Object yesNo(JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value;
    }
    if (value instanceof JsonString s) {
      return switch (s.getString().strip()) {
        case "true" -> JsonValue.TRUE;
        case "false" -> JsonValue.FALSE;
        default -> BAD;
      };
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE) {
      return JsonValue.TRUE;
    }
    return value.getValueType() == JsonValue.ValueType.FALSE ? JsonValue.FALSE : BAD;
  }

  private static Object multi(FieldDefinition field, JsonValue value) {
    List<JsonValue> given =
        value instanceof JsonArray a ? a : value instanceof JsonString ? List.of(value) : null;
    if (given == null) {
      return BAD;
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (JsonValue v : given) {
      if (!(v instanceof JsonString s) || field.option(s.getString()) == null) {
        return BAD;
      }
      chosen.add(s.getString());
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (FieldOption o : field.options()) {
      if (chosen.contains(o.code())) {
        array.add(o.code());
      }
    }
    return array.build();
  }

  private static String codes(FieldDefinition field) {
    return String.join(", ", field.options().stream().map(FieldOption::code).toList());
  }
}
