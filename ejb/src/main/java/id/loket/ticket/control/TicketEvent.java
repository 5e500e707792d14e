package id.loket.ticket.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** Something that happened to a ticket, as it travels over JMS (JSON text). */
public record TicketEvent(
    String eventId,
    String type,
    String ticketNumber,
    String requester,
    String priority,
    Instant occurredAt) {

  public static final String CREATED = "TICKET_CREATED";

  public String toJson() {
    return Json.createObjectBuilder()
        .add("eventId", eventId)
        .add("type", type)
        .add("ticketNumber", ticketNumber)
        .add("requester", requester)
        .add("priority", priority)
        .add("occurredAt", occurredAt.toString())
        .build()
        .toString();
  }

  public static TicketEvent fromJson(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      return new TicketEvent(
          o.getString("eventId"),
          o.getString("type"),
          o.getString("ticketNumber"),
          o.getString("requester"),
          o.getString("priority"),
          Instant.parse(o.getString("occurredAt")));
    }
  }
}
