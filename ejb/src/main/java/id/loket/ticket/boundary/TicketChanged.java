package id.loket.ticket.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What one write did to a ticket, told synchronously, inside the write's transaction, to features
 * that keep their own state per ticket (the SLA clocks). The ticket as it is after the write, and
 * each field that changed. An observer that derives the ticket's due instants reports them with
 * {@link #due}; the ticket stores them in the same transaction.
 */
public final class TicketChanged {

  /** One changed field: {@code field} as in the audit trail, old and new values as text. */
  public record Field(String field, String oldValue, String newValue, String actor, Instant at) {}

  /** The due instants an observer derived (null: none running). */
  public record Due(Instant firstResponse, Instant resolution) {}

  private final long ticketId;
  private final String number;
  private final String requester;
  private final String status;
  private final String priority;
  private final String requestType;
  private final String team;
  private final Instant createdAt;
  private final List<Field> changes;
  private Due due;

  public TicketChanged(
      long ticketId,
      String number,
      String requester,
      String status,
      String priority,
      String requestType,
      String team,
      Instant createdAt,
      List<Field> changes) {
    this.ticketId = ticketId;
    this.number = number;
    this.requester = requester;
    this.status = status;
    this.priority = priority;
    this.requestType = requestType;
    this.team = team;
    this.createdAt = createdAt;
    this.changes = List.copyOf(changes);
  }

  public long ticketId() {
    return ticketId;
  }

  public String number() {
    return number;
  }

  public String requester() {
    return requester;
  }

  public String status() {
    return status;
  }

  public String priority() {
    return priority;
  }

  public String requestType() {
    return requestType;
  }

  public String team() {
    return team;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<Field> changes() {
    return changes;
  }

  /** Whether this write opened the ticket. */
  public boolean isCreation() {
    return changes.stream().anyMatch(c -> "created".equals(c.field()));
  }

  /** Reports the due instants derived from this write. */
  public void due(Due due) {
    this.due = due;
  }

  /** The due instants an observer reported, or null if none did. */
  public Due due() {
    return due;
  }
}
