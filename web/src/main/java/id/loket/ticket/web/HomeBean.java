package id.loket.ticket.web;

import id.loket.notification.boundary.NotificationView;
import id.loket.notification.boundary.Notifications;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TicketSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The start page: the caller's recent tickets and notifications, and a box to find a ticket. */
@Named
@RequestScoped
public class HomeBean {

  @Inject TicketService tickets;
  @Inject Notifications notifications;

  private String search;
  private List<TicketSummary> mine;
  private List<NotificationView> news;

  public List<TicketSummary> getMine() {
    if (mine == null) {
      mine = tickets.mine(20);
    }
    return mine;
  }

  public List<NotificationView> getNotifications() {
    if (news == null) {
      news = notifications.mine(10);
    }
    return news;
  }

  public String find() {
    String number = search == null ? "" : search.strip();
    return "/tickets/view.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
