package id.loket.queue.entity;

import id.loket.shared.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a saved view remembers: the view ({@code mine}, {@code team}, …), its team, the sort and the
 * filters — a flat object of texts. Checked when saved (a known view and sort, known keys, valid
 * filter values), so that opening it later cannot fail on its shape.
 */
public record ViewDefinition(Map<String, String> values) {

  public static final Set<String> KEYS =
      Set.of(
          "view",
          "team",
          "sort",
          "status",
          "priority",
          "type",
          "category",
          "assignee",
          "requester",
          "channel",
          "text");

  public ViewDefinition {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * @throws InvalidFieldException naming {@code definition} unless it is a valid definition
   */
  public static ViewDefinition of(JsonObject json) {
    if (json == null) {
      throw new InvalidFieldException("definition", "queue.view.definition.invalid");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : json.entrySet()) {
      if (!KEYS.contains(e.getKey()) || !(e.getValue() instanceof JsonString s)) {
        throw new InvalidFieldException("definition", "queue.view.definition.invalid");
      }
      if (!s.getString().isBlank()) {
        values.put(e.getKey(), s.getString().strip());
      }
    }
    ViewDefinition d = new ViewDefinition(values);
    try {
      QueueView.of(d.get("view") == null ? "" : d.get("view"));
      QueueSort.of(d.get("sort"), QueueSort.DUE);
      d.filter();
    } catch (RuntimeException e) {
      throw new InvalidFieldException("definition", "queue.view.definition.invalid");
    }
    return d;
  }

  static ViewDefinition parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return of(reader.readObject());
    } catch (JsonException e) {
      throw new IllegalStateException("Stored view definition is not JSON", e);
    }
  }

  public String get(String key) {
    return values.get(key);
  }

  /** The filters of the definition. */
  public QueueFilter filter() {
    return QueueFilter.of(
        get("status"),
        get("priority"),
        get("type"),
        get("category"),
        get("team"),
        get("assignee"),
        get("requester"),
        get("channel"),
        get("text"));
  }

  public JsonObject toJsonObject() {
    JsonObjectBuilder b = Json.createObjectBuilder();
    values.forEach(b::add);
    return b.build();
  }

  public String toJson() {
    return toJsonObject().toString();
  }
}
