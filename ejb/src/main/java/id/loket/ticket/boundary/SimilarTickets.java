package id.loket.ticket.boundary;

import id.loket.identity.entity.Roles;
import id.loket.ticket.entity.SearchTerms;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The duplicate guard: open tickets that look like a text being written, best first, so that a
 * requester adds to an existing ticket instead of opening the same one again.
 *
 * <p>What a caller is shown (the privacy decision): staff, every open ticket (of the category, if
 * one is given). A requester: their own open tickets and those they watch, in full, from any
 * category; plus — only when a category is given — other requesters' open tickets of that same
 * category, and of those nothing but the number and the title (no description, requester, assignee
 * or conversation), and only when they match strongly (at least three of the words, one of them in
 * the title). Titles are stored masked by the secret guard. A requester who then joins such a
 * ticket ({@link Watchers#join}) becomes its watcher; joining is refused for a ticket that this
 * search would not have shown for the text sent, so ticket numbers cannot be guessed into.
 *
 * <p>Similarity is PostgreSQL full text ({@code 'simple'}: no stemming, mixed Indonesian and
 * English) on the stored {@code search_terms} of open tickets only (a partial GIN index, V7), of
 * which two of the caller's words must match (one if only one was typed), ranked by {@code
 * ts_rank}; the words found are counted here. {@code src/bench/sql/similar-1m.sql} measures it.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class SimilarTickets {

  public static final int MAX = 10;

  /** Rows read from the index at most, before the words are counted. */
  private static final int CANDIDATES = 40;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /**
   * Open tickets like {@code text}, best first, at most {@code max} (≤ {@link #MAX}).
   *
   * @param category the category (service) the caller is writing for, or {@code null}
   */
  public List<SimilarTicket> find(String text, String category, int max) {
    SearchTerms terms = SearchTerms.of(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    String me = session.getCallerPrincipal().getName();
    boolean staff = staff();
    String cat = category == null || category.isBlank() ? null : category.strip();
    // Each branch has its own index: open tickets by category and words (GIN), the caller's own
    // (requester index; OFFSET 0 keeps the planner from also reading the big GIN index), the ones
    // they watch (watcher index). Fixed SQL, never input.
    List<String> branches = new ArrayList<>();
    if (staff || cat != null) {
      branches.add(
          branch(staff ? "TRUE" : "(t.requester = ?2 OR " + WATCHING + ")", "ticket t")
              + (cat == null ? "" : " AND t.category = ?3"));
    }
    if (!staff) {
      branches.add(branch("TRUE", "(SELECT * FROM ticket WHERE requester = ?2 OFFSET 0) t"));
      branches.add(
          branch("TRUE", "ticket t")
              + " AND t.id IN (SELECT ticket_id FROM ticket_watcher WHERE username = ?2)");
    }
    jakarta.persistence.Query query =
        em.createNativeQuery(
                "SELECT number, title, status, descr, bool_or(yours) FROM ("
                    + String.join(" UNION ALL ", branches)
                    + ") s GROUP BY number, title, status, descr, score, id"
                    + " ORDER BY score DESC, id DESC LIMIT "
                    + CANDIDATES)
            .setParameter(1, terms.anyTwo())
            .setParameter(2, me)
            .setParameter(4, terms.ranking());
    if (cat != null) {
      query.setParameter(3, cat);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    int cap = Math.max(1, Math.min(max, MAX));
    List<SimilarTicket> found = new ArrayList<>();
    for (Object[] r : rows) {
      String title = (String) r[1];
      boolean yours = staff || Boolean.TRUE.equals(r[4]);
      List<String> inTitle = terms.foundIn(title);
      List<String> matched = terms.foundIn(title + " " + r[3]);
      boolean similar =
          yours
              ? matched.size() >= Math.min(2, terms.size())
              : matched.size() >= Math.min(3, terms.size()) && !inTitle.isEmpty();
      if (similar && found.size() < cap) {
        found.add(new SimilarTicket((String) r[0], title, (String) r[2], yours, matched));
      }
    }
    return found;
  }

  /** Whether the caller would be shown ticket {@code number} for {@code text} and category. */
  public boolean wouldShow(String number, String text, String category) {
    return find(text, category, MAX).stream().anyMatch(s -> s.number().equals(number));
  }

  /** One branch of the search: open tickets of {@code from} with the words, ranked. */
  private static String branch(String yours, String from) {
    return "SELECT t.number, t.title, t.status, left(t.description, 2000) AS descr,"
        + " ts_rank(t.search_terms, to_tsquery('simple', ?4)) AS score, t.id, "
        + yours
        + " AS yours FROM "
        + from
        + " WHERE t.status NOT IN ('RESOLVED', 'CLOSED')"
        + " AND t.search_terms @@ to_tsquery('simple', ?1)";
  }

  private static final String WATCHING =
      "EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id AND w.username = ?2)";

  private boolean staff() {
    return Roles.isStaff(session::isCallerInRole);
  }
}
