package id.loket.ticket.web;

import id.loket.catalog.boundary.Catalog;
import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The "new ticket" form. */
@Named
@ViewScoped
public class NewTicketBean implements Serializable {

  @Inject transient TicketService tickets;
  @Inject transient Catalog catalog;

  private final NewTicket ticket = new NewTicket();
  private List<String> categories;

  @PostConstruct
  void init() {
    ticket.setImpact(Impact.MEDIUM);
    ticket.setUrgency(Urgency.MEDIUM);
    categories = catalog.activeCategories();
  }

  public String submit() {
    try {
      TicketDetails created = tickets.open(ticket);
      Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
      flash.setKeepMessages(true);
      FacesErrors.info("ticket.opened", created.number());
      return "/tickets/view.xhtml?faces-redirect=true&number=" + created.number();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "ticketForm");
      return null;
    }
  }

  public NewTicket getTicket() {
    return ticket;
  }

  public List<String> getCategories() {
    return categories;
  }

  public Impact[] getImpacts() {
    return Impact.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }
}
