package id.loket.ticket.web;

import id.loket.shared.Page;
import id.loket.ticket.boundary.TicketFilter;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TicketSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "My tickets" for a PrimeFaces table, read page by page with the service's keyset: the cursor
 * after each page is remembered by the row it starts, so "next" continues from there and never
 * reads with an OFFSET. The paginator offers previous and next only (a page is reached from the one
 * before it); a page whose start is unknown is reached by walking from the nearest known one.
 */
public class MyTicketsModel extends LazyDataModel<TicketSummary> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<TicketService> tickets;
  private final TicketFilter filter;
  private final Map<Integer, String> cursors = new HashMap<>();
  private Integer count;

  MyTicketsModel(Supplier<TicketService> tickets, TicketFilter filter) {
    this.tickets = tickets;
    this.filter = filter;
    cursors.put(0, null);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (count == null) {
      count = tickets.get().countMine(filter);
    }
    return count;
  }

  @Override
  public List<TicketSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int start = cursors.keySet().stream().filter(k -> k <= first).max(Integer::compare).orElse(0);
    Page<TicketSummary> page = tickets.get().mine(filter, cursors.get(start), pageSize);
    while (start < first && page.next() != null) {
      start += page.items().size();
      cursors.put(start, page.next());
      page = tickets.get().mine(filter, page.next(), pageSize);
    }
    if (page.next() != null) {
      cursors.put(start + page.items().size(), page.next());
    }
    return page.items();
  }

  @Override
  public String getRowKey(TicketSummary ticket) {
    return ticket.number();
  }
}
