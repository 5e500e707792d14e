package id.loket.ticket.web;

import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation after a new ticket ({@code tickets/created.xhtml?number=…}): its number, what
 * happens next. Read through the ticket service, so only whoever may see the ticket sees it.
 */
@Named
@RequestScoped
public class TicketCreatedBean {

  @Inject TicketService tickets;

  private String number;
  private TicketDetails ticket;

  /** f:viewAction. */
  public void load() {
    if (number == null || number.isBlank()) {
      return;
    }
    try {
      ticket = tickets.get(number.strip());
    } catch (RuntimeException e) {
      ticket = null;
      FacesErrors.show(e, "created");
    }
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public TicketDetails getTicket() {
    return ticket;
  }
}
