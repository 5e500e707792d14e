package id.loket.ticket.boundary;

import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A ticket as one caller may see it: a requester gets public replies only and no internal history;
 * staff get everything. Built inside the transaction, so nothing is loaded lazily later.
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
    List<CommentView> comments,
    List<ChangeView> history) {

  public record CommentView(String author, String body, String visibility, Instant createdAt) {}

  public record ChangeView(
      Instant at, String actor, String field, String oldValue, String newValue) {}

  static TicketDetails of(Ticket t, boolean staffView, Set<TicketStatus> allowed) {
    List<Comment> visible = staffView ? t.getComments() : t.getPublicComments();
    List<CommentView> comments =
        visible.stream()
            .map(
                c ->
                    new CommentView(
                        c.getAuthor(), c.getBody(), c.getVisibility().name(), c.getCreatedAt()))
            .toList();
    List<ChangeView> history =
        t.getHistory().stream()
            .filter(a -> staffView || !isInternalNote(a))
            .map(TicketDetails::change)
            .toList();
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
        comments,
        history);
  }

  private static boolean isInternalNote(AuditEntry a) {
    return "comment".equals(a.getField()) && "INTERNAL".equals(a.getNewValue());
  }

  private static ChangeView change(AuditEntry a) {
    return new ChangeView(a.getAt(), a.getActor(), a.getField(), a.getOldValue(), a.getNewValue());
  }
}
