package id.loket.catalog.entity;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ordered fields of a request type's form, and their JSON form as stored in {@code
 * request_type.form}: {@code [{"key","kind","label":{"en","id"},"help":{…},"required",
 * "options":[{"code","label":{…}}]}]}.
 *
 * <p>{@link #check()} enforces what makes a definition usable: keys that fit the audit trail's
 * {@code field:<key>} (letters and digits, at most 32), each key once, a label, options (with
 * unique codes and labels) exactly for choices.
 */
public record FormDefinition(List<FieldDefinition> fields) {

  public static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");
  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  private static final JsonProvider JSON = JsonProvider.provider();

  public FormDefinition {
    fields = List.copyOf(fields);
  }

  public static FormDefinition empty() {
    return new FormDefinition(List.of());
  }

  /** The field with {@code key}, or {@code null}. */
  public FieldDefinition field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
  }

  /**
   * @throws InvalidFieldException naming {@code form[i].key}, {@code form[i].label}, {@code
   *     form[i].options} for what is wrong
   */
  public FormDefinition check() {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldDefinition f = fields.get(i);
      String at = "form[" + i + "].";
      if (f.key() == null || !KEY.matcher(f.key()).matches()) {
        bad.add(new InvalidFieldException.Field(at + "key", "catalog.form.key", f.key()));
      } else if (!keys.add(f.key())) {
        bad.add(new InvalidFieldException.Field(at + "key", "catalog.form.key.twice", f.key()));
      }
      if (f.kind() == null) {
        bad.add(new InvalidFieldException.Field(at + "kind", "catalog.form.kind"));
      }
      if (f.label() == null || f.label().en().isEmpty() || f.label().id().isEmpty()) {
        bad.add(new InvalidFieldException.Field(at + "label", "catalog.form.label"));
      }
      if (f.kind() != null && f.kind().hasOptions() != !f.options().isEmpty()) {
        bad.add(new InvalidFieldException.Field(at + "options", "catalog.form.options"));
      }
      Set<String> codes = new HashSet<>();
      for (FieldOption o : f.options()) {
        if (o.code() == null
            || !CODE.matcher(o.code()).matches()
            || !codes.add(o.code())
            || o.label() == null
            || o.label().en().isEmpty()
            || o.label().id().isEmpty()) {
          bad.add(new InvalidFieldException.Field(at + "options", "catalog.form.option"));
          break;
        }
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return this;
  }

  /** The definition as stored; nothing is checked here. */
  public String toJson() {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (FieldDefinition f : fields) {
      var field =
          Json.createObjectBuilder()
              .add("key", f.key())
              .add("kind", f.kind().name())
              .add("label", localized(f.label()))
              .add("help", localized(f.help()))
              .add("required", f.required());
      if (!f.options().isEmpty()) {
        JsonArrayBuilder options = JSON.createArrayBuilder();
        f.options()
            .forEach(
                o ->
                    options.add(
                        Json.createObjectBuilder()
                            .add("code", o.code())
                            .add("label", localized(o.label()))));
        field.add("options", options);
      }
      array.add(field);
    }
    return array.build().toString();
  }

  /** Reads a stored definition (or one an administrator sent, before {@link #check()}). */
  public static FormDefinition parse(String json) {
    if (json == null || json.isBlank()) {
      return empty();
    }
    try (var reader = Json.createReader(json)) {
      return of(reader.readArray());
    }
  }

  /**
   * @throws InvalidFieldException naming {@code form[i].<property>} of a value of the wrong type
   */
  public static FormDefinition of(JsonArray array) {
    List<FieldDefinition> fields = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "form[" + i + "]";
      if (!(array.get(i) instanceof JsonObject o)) {
        throw new InvalidFieldException(at, "catalog.form.field");
      }
      try {
        FieldKind kind = o.containsKey("kind") ? FieldKind.valueOf(o.getString("kind")) : null;
        List<FieldOption> options = new ArrayList<>();
        JsonArray opts = o.containsKey("options") ? o.getJsonArray("options") : null;
        if (opts != null) {
          for (JsonValue v : opts) {
            JsonObject opt = v.asJsonObject();
            options.add(new FieldOption(text(opt, "code"), localized(opt.getJsonObject("label"))));
          }
        }
        fields.add(
            new FieldDefinition(
                text(o, "key"),
                kind,
                localized(o.getJsonObject("label")),
                localized(o.containsKey("help") ? o.getJsonObject("help") : null),
                o.getBoolean("required", false),
                options));
      } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
        throw new InvalidFieldException(at, "catalog.form.field");
      }
    }
    return new FormDefinition(fields);
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString().strip() : null;
  }

  private static Localized localized(JsonObject o) {
    return o == null ? new Localized("", "") : new Localized(text(o, "en"), text(o, "id"));
  }

  private static JsonObject localized(Localized l) {
    return Json.createObjectBuilder().add("en", l.en()).add("id", l.id()).build();
  }
}
