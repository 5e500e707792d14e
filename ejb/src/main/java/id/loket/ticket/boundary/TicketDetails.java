package id.loket.ticket.boundary;

import id.loket.shared.Json;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;

/**
 * A ticket as one caller may see it, without its conversation and history (those are read page by
 * page: {@link TicketService#comments}, {@link TicketService#history}). Writes answer with this
 * summary too, never with the whole history.
 */
public record TicketDetails(
    String number,
    String title,
    String description,
    String requester,
    String category,
    String impact,
    String urgency,
    String priority,
    String status,
    String assignee,
    Instant createdAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant closedAt,
    long version,
    Set<TicketStatus> allowedTransitions,
    String requestType,
    String channel,
    JsonObject fields,
    String team) {

  /** One reply or note; {@code minutesSpent} (staff only) is the time logged with it, or null. */
  public record CommentView(
      long id,
      String author,
      String body,
      String visibility,
      Instant createdAt,
      Integer minutesSpent) {}

  public record ChangeView(
      long id, Instant at, String actor, String field, String oldValue, String newValue) {}

  static TicketDetails of(Ticket t, Set<TicketStatus> allowed) {
    return new TicketDetails(
        t.getNumber().value(),
        t.getTitle(),
        t.getDescription(),
        t.getRequester(),
        t.getCategory(),
        t.getImpact().name(),
        t.getUrgency().name(),
        t.getPriority().name(),
        t.getStatus().name(),
        t.getAssignee(),
        t.getCreatedAt(),
        t.getUpdatedAt(),
        t.getResolvedAt(),
        t.getClosedAt(),
        t.getVersion(),
        Set.copyOf(allowed),
        t.getRequestType(),
        t.getChannel().name(),
        fields(t.getFields()),
        t.getTeam());
  }

  /** The stored values of the type's form as a JSON object ({@code {}} when there are none). */
  static JsonObject fields(String json) {
    if (json == null || json.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(json)) {
      return reader.readObject();
    }
  }
}
