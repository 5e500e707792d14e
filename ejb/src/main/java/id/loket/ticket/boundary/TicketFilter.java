package id.loket.ticket.boundary;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.ticket.entity.TicketStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a person asks of their ticket list: which statuses ({@code all}, {@code open} — everything
 * not yet resolved —, {@code closed} — resolved or closed — or one status by name) and a search
 * text matched against title and number.
 */
public record TicketFilter(Set<TicketStatus> statuses, String search) {

  public static final int MAX_SEARCH = 100;

  private static final Set<TicketStatus> DONE =
      EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

  public TicketFilter {
    statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
  }

  /**
   * @param status {@code all} (or null/blank), {@code open}, {@code closed} or a status name
   * @param search words of the title or part of the number; null or blank for none
   */
  public static TicketFilter of(String status, String search) {
    String q = search == null ? "" : search.strip();
    if (q.length() > MAX_SEARCH) {
      throw new DomainException(
          Kind.MALFORMED, "ticket.filter.search.long", "Search text too long", MAX_SEARCH);
    }
    return new TicketFilter(statuses(status), q.isEmpty() ? null : q);
  }

  static Set<TicketStatus> statuses(String status) {
    String s = status == null ? "" : status.strip();
    switch (s.toLowerCase(Locale.ROOT)) {
      case "", "all":
        return EnumSet.allOf(TicketStatus.class);
      case "open":
        return EnumSet.complementOf(EnumSet.copyOf(DONE));
      case "closed":
        return EnumSet.copyOf(DONE);
      default:
        try {
          return EnumSet.of(TicketStatus.valueOf(s));
        } catch (IllegalArgumentException e) {
          throw new DomainException(
              Kind.MALFORMED, "ticket.filter.status.invalid", "Unknown status filter " + s, s);
        }
    }
  }

  /** Whether every status passes (no status condition needed). */
  public boolean allStatuses() {
    return statuses.size() == TicketStatus.values().length;
  }

  /** The search as an ILIKE pattern (wildcards in the text matched literally), or null. */
  public String likePattern() {
    if (search == null) {
      return null;
    }
    return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
