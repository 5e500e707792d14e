package id.loket.platform.web;

import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a request body into one of the API's command objects ({@code NewTicket}, {@code
 * TransitionRequest}, …) strictly, so that nothing a client sends is coerced or dropped silently.
 *
 * <p>Why not JSON-B (Yasson) as Jersey does by default: Yasson turns {@code true}, {@code 12345}
 * and even {@code ["a"]} into strings, ignores text after the JSON value and unknown properties,
 * and fails on an unknown enum constant with an exception that names neither the field nor the
 * allowed values (so the client only learns "malformed"). Here JSON-P parses the body (which
 * refuses anything that is not exactly one JSON object; a property given twice is refused too), and
 * a small binder fills the command through its setters — the same setters the JSF pages use, which
 * clean the texts — accepting only a JSON string (or {@code null}) for a text, only the exact name
 * of a constant for an enum (case matters, as in the responses), and only the properties the
 * command has. Everything wrong is reported per field at once ({@link InvalidFieldException}: 422);
 * a body that is not one JSON object is a {@link DomainException.Kind#MALFORMED} problem (400).
 */
public final class StrictJson {

  static final String MALFORMED = "problem.malformed";
  private static final int MAX_FIELD_NAME = 64;

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private StrictJson() {}

  /** Whether {@code type} is a command object this binder can fill (a Loket bean with setters). */
  public static boolean canRead(Class<?> type) {
    if (!type.getName().startsWith("id.loket.")
        || type.isRecord()
        || type.isInterface()
        || Modifier.isAbstract(type.getModifiers())) {
      return false;
    }
    try {
      type.getConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * @throws DomainException of kind MALFORMED when the body is not exactly one JSON object
   * @throws InvalidFieldException naming each field of the wrong type, enum value or name
   */
  public static <T> T read(InputStream body, Class<T> type) {
    JsonObject json = parse(body);
    T target = newInstance(type);
    Map<String, Method> setters = setters(type);
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    json.forEach(
        (name, value) -> {
          Method setter = setters.get(name);
          if (setter == null) {
            bad.add(
                new InvalidFieldException.Field(
                    shorten(name), "field.json.unknown", String.join(", ", setters.keySet())));
            return;
          }
          Class<?> parameter = setter.getParameterTypes()[0];
          Object converted = convert(value, parameter);
          if (converted == INVALID) {
            bad.add(
                parameter.isEnum()
                    ? new InvalidFieldException.Field(name, "field.json.enum", constants(parameter))
                    : parameter == int.class
                            || parameter == Integer.class
                            || parameter == long.class
                            || parameter == Long.class
                        ? new InvalidFieldException.Field(name, "field.json.integer")
                        : parameter == boolean.class || parameter == Boolean.class
                            ? new InvalidFieldException.Field(name, "field.json.boolean")
                            : parameter == JsonObject.class
                                ? new InvalidFieldException.Field(name, "field.json.object")
                                : parameter == jakarta.json.JsonArray.class
                                    ? new InvalidFieldException.Field(name, "field.json.array")
                                    : new InvalidFieldException.Field(name, "field.json.text"));
            return;
          }
          invoke(setter, target, converted);
        });
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return target;
  }

  private static JsonObject parse(InputStream body) {
    try (JsonParser parser = PARSERS.createParser(body, StandardCharsets.UTF_8)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw malformed("the body is not a JSON object");
      }
      JsonObjectBuilder object = Json.createObjectBuilder();
      Set<String> names = new HashSet<>();
      for (JsonParser.Event event = parser.next();
          event != JsonParser.Event.END_OBJECT;
          event = parser.next()) {
        String name = parser.getString(); // event is KEY_NAME: the parser allows nothing else
        if (!names.add(name)) {
          throw malformed("the property " + name + " is given twice");
        }
        parser.next();
        object.add(name, parser.getValue());
      }
      if (parser.hasNext()) {
        throw malformed("text after the JSON object");
      }
      return object.build();
    } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
      throw malformed(e.getMessage());
    }
  }

  private static final Object INVALID = new Object();

  private static Object convert(JsonValue value, Class<?> parameter) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return parameter.isPrimitive() ? INVALID : null;
    }
    if (parameter == JsonObject.class || parameter == jakarta.json.JsonArray.class) {
      return parameter.isInstance(value) ? value : INVALID; // a nested document, checked later
    }
    if (parameter == int.class || parameter == Integer.class) {
      return value instanceof JsonNumber n && n.isIntegral() && fitsInt(n) ? n.intValue() : INVALID;
    }
    if (parameter == long.class || parameter == Long.class) {
      return value instanceof JsonNumber n && n.isIntegral() && fitsLong(n)
          ? n.longValue()
          : INVALID;
    }
    if (parameter == boolean.class || parameter == Boolean.class) {
      return value == JsonValue.TRUE
          ? Boolean.TRUE
          : value == JsonValue.FALSE ? Boolean.FALSE : INVALID;
    }
    if (!(value instanceof JsonString text)) {
      return INVALID;
    }
    if (parameter == String.class) {
      return text.getString();
    }
    if (parameter.isEnum()) {
      for (Object constant : parameter.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text.getString())) {
          return constant;
        }
      }
      return INVALID;
    }
    throw new IllegalStateException("No strict binding for " + parameter);
  }

  private static boolean fitsLong(JsonNumber n) {
    try {
      n.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static boolean fitsInt(JsonNumber n) {
    try {
      n.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** The setters of each command class, found once per class (not on every request). */
  private static final ClassValue<Map<String, Method>> SETTERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          return findSetters(type);
        }
      };

  private static Map<String, Method> setters(Class<?> type) {
    return SETTERS.get(type);
  }

  private static Map<String, Method> findSetters(Class<?> type) {
    Map<String, Method> setters = new TreeMap<>();
    for (Method m : type.getMethods()) {
      String name = m.getName();
      if (name.length() > 3
          && name.startsWith("set")
          && m.getParameterCount() == 1
          && !Modifier.isStatic(m.getModifiers())) {
        setters.put(Character.toLowerCase(name.charAt(3)) + name.substring(4), m);
      }
    }
    return Collections.unmodifiableMap(setters);
  }

  private static String constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> ((Enum<?>) c).name())
        .collect(Collectors.joining(", "));
  }

  private static String shorten(String name) {
    return name.length() <= MAX_FIELD_NAME ? name : name.substring(0, MAX_FIELD_NAME) + "…";
  }

  private static <T> T newInstance(Class<T> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type, e);
    }
  }

  private static void invoke(Method setter, Object target, Object value) {
    try {
      setter.invoke(target, value);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static DomainException malformed(String why) {
    return new DomainException(
        DomainException.Kind.MALFORMED, MALFORMED, "Malformed JSON body: " + why);
  }
}
