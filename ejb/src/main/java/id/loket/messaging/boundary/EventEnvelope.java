package id.loket.messaging.boundary;

import id.loket.shared.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An event as it travels over JMS: its id (the outbox row that announced it; consumers remember
 * it), its type, what it is about ({@code aggregateType} + {@code key}, e.g. a ticket number), when
 * it happened and its data. Events carry ids and a few stable facts; a consumer that needs more
 * reloads.
 */
public record EventEnvelope(
    long eventId,
    String type,
    String aggregateType,
    String key,
    Instant occurredAt,
    JsonObject data) {

  public EventEnvelope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(occurredAt, "occurredAt");
    data = data == null ? JsonObject.EMPTY_JSON_OBJECT : data;
  }

  public String toJson() {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("type", type)
        .add("aggregateType", aggregateType)
        .add("key", key)
        .add("occurredAt", occurredAt.toString())
        .add("data", data)
        .build()
        .toString();
  }

  /**
   * @throws IllegalArgumentException if the text is not an event envelope
   */
  public static EventEnvelope fromJson(String json) {
    if (json == null) {
      throw new IllegalArgumentException("No message body");
    }
    try (var reader = Json.createReader(json)) {
      JsonObject o = reader.readObject();
      return new EventEnvelope(
          o.getJsonNumber("eventId").longValueExact(),
          o.getString("type"),
          o.getString("aggregateType"),
          o.getString("key"),
          Instant.parse(o.getString("occurredAt")),
          o.containsKey("data") ? o.getJsonObject("data") : null);
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException e) {
      throw new IllegalArgumentException("Not an event envelope: " + e.getMessage(), e);
    }
  }

  /** A text field of the data, or an {@link IllegalArgumentException} naming it if missing. */
  public String text(String field) {
    if (!(data.get(field) instanceof jakarta.json.JsonString s)) {
      throw new IllegalArgumentException("Event " + eventId + " (" + type + ") lacks " + field);
    }
    return s.getString();
  }
}
