package id.loket.ticket.boundary;

import id.loket.shared.DomainException;

/**
 * No ticket with this number that the caller may see. Deliberately the same answer for "does not
 * exist" and "belongs to someone else", so that numbers of other people's tickets leak nothing.
 */
public class TicketNotFoundException extends DomainException {
  public TicketNotFoundException(String number) {
    super(Kind.NOT_FOUND, "ticket.notfound", "No ticket " + number + " was found", number);
  }
}
