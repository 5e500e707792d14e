package id.loket.queue.entity;

import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import java.util.Locale;

/**
 * The queues an agent picks from. Every view shows open tickets only (not resolved or closed); each
 * has the sort that answers its question first (what breaches next, what waits longest, what moved
 * last), which the caller may override.
 */
public enum QueueView {
  /** Open tickets assigned to me. */
  MINE(QueueSort.DUE),
  /** Open tickets of my teams that nobody holds yet. */
  UNASSIGNED(QueueSort.PRIORITY),
  /** One team's open tickets ({@code team=<code>}). */
  TEAM(QueueSort.DUE),
  /** Waiting for the requester or a third party. */
  WAITING(QueueSort.UPDATED),
  /** Due within the configured number of minutes (or overdue). */
  BREACHING(QueueSort.DUE),
  /** Most recently updated first. */
  RECENT(QueueSort.UPDATED),
  /** Every open ticket (team leads, managers, administrators). */
  ALL(QueueSort.DUE);

  private final QueueSort defaultSort;

  QueueView(QueueSort defaultSort) {
    this.defaultSort = defaultSort;
  }

  public QueueSort defaultSort() {
    return defaultSort;
  }

  /** The name in addresses, e.g. {@code mine}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param slug a view's name in an address ({@code mine}, {@code team}, …), any case
   * @throws DomainException NOT_FOUND for a name that is no view
   */
  public static QueueView of(String slug) {
    if (slug != null) {
      for (QueueView v : values()) {
        if (v.slug().equalsIgnoreCase(slug.strip())) {
          return v;
        }
      }
    }
    throw new DomainException(Kind.NOT_FOUND, "queue.view.unknown", "No queue " + slug, slug);
  }
}
