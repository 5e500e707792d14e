package id.loket.routing.web;

import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.routing.boundary.RoutingRecord;
import id.loket.shared.Page;
import id.loket.ticket.boundary.TicketRouting;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Routing" panel of a ticket for staff: the latest decision's trace in the reader's language,
 * older decisions a page at a time, and "route again now" with the version the page shows.
 */
@Named
@ViewScoped
public class RoutingPanelBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 5;

  @Inject transient TicketRouting routing;
  @Inject LocaleSelector locale;

  private String number;
  private final List<RoutingRecord> decisions = new ArrayList<>();
  private String older;
  private boolean loaded;

  /** The decisions read so far, newest first (the first page on first use). */
  public List<RoutingRecord> getDecisions() {
    if (!loaded && number != null && !number.isBlank()) {
      loaded = true;
      try {
        more();
      } catch (RuntimeException e) {
        decisions.clear(); // not staff, or no such ticket: the page says so elsewhere
      }
    }
    return decisions;
  }

  public void more() {
    Page<RoutingRecord> page = routing.decisions(number.strip(), older, PAGE, locale.getLocale());
    decisions.addAll(page.items());
    older = page.next();
  }

  /** Routes the ticket again and shows it afresh; a stale page is refused with its message. */
  public String reroute(long version) {
    try {
      String routed = routing.reroute(number.strip(), version).number();
      FacesErrors.info("routing.again.done", routed);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/tickets/view?faces-redirect=true&number=" + routed;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "routingForm");
      return null;
    }
  }

  public boolean isOlderAvailable() {
    return older != null;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
