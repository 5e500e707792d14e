package id.loket.ticket.web;

import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.TicketFilter;
import id.loket.ticket.boundary.TicketService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The start page: the caller's tickets (filtered by status, searched by title or number, paged by
 * keyset) and a box to open a ticket by its number.
 */
@Named
@ViewScoped
public class HomeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The status choices of the filter, the first is the default. */
  private static final List<String> SCOPES = List.of("open", "all", "closed");

  @Inject transient TicketService tickets;

  private String search;
  private String scope = SCOPES.get(0);
  private String query;
  private MyTicketsModel mine;

  public MyTicketsModel getMine() {
    if (mine == null) {
      mine = new MyTicketsModel(() -> tickets, TicketFilter.of(scope, query));
    }
    return mine;
  }

  /** Applies status and search text: the table starts again from the first page. */
  public void filter() {
    try {
      mine = new MyTicketsModel(() -> tickets, TicketFilter.of(scope, query));
    } catch (RuntimeException e) {
      FacesErrors.show(e, "filterForm");
    }
  }

  public String find() {
    String number = search == null ? "" : search.strip();
    return "/tickets/view.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(number, StandardCharsets.UTF_8);
  }

  public List<String> getScopes() {
    return SCOPES;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
