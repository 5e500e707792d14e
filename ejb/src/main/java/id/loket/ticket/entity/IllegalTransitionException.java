package id.loket.ticket.entity;

import id.loket.shared.DomainException;

/**
 * A ticket was asked to move along an edge that is not part of the workflow in {@link
 * TicketStatus}. Message key {@value #KEY}, arguments {@code {from, to}}.
 */
public class IllegalTransitionException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Resource-bundle key of the user-facing message. */
  public static final String KEY = "ticket.transition.illegal";

  private final TicketStatus from;
  private final TicketStatus to;

  public IllegalTransitionException(TicketStatus from, TicketStatus to) {
    super(Kind.CONFLICT, KEY, "A ticket in status " + from + " cannot move to " + to, from, to);
    this.from = from;
    this.to = to;
  }

  /**
   * @return the status the ticket is in
   */
  public TicketStatus from() {
    return from;
  }

  /**
   * @return the status that was requested
   */
  public TicketStatus to() {
    return to;
  }
}
