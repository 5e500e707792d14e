package id.loket.ticket.entity;

import id.loket.shared.DomainException;

/**
 * Someone claimed a ticket that another person already holds (409). A claim must not silently take
 * a ticket away from a colleague; handing it over is an explicit reassignment. Message key {@value
 * #KEY}, argument: who holds it (as the service can best describe them).
 */
public class TicketHeldException extends DomainException {

  private static final long serialVersionUID = 1L;

  public static final String KEY = "ticket.held";

  private final String holder;

  public TicketHeldException(String holder) {
    this(holder, holder);
  }

  /**
   * @param holder user name of whoever holds the ticket
   * @param label how to name the holder to people, e.g. "Budi Santoso (budi)"
   */
  public TicketHeldException(String holder, String label) {
    super(Kind.CONFLICT, KEY, "This ticket is already held by " + label + ".", label);
    this.holder = holder;
  }

  /**
   * @return the user name of whoever holds the ticket
   */
  public String holder() {
    return holder;
  }
}
