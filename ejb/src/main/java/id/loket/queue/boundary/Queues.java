package id.loket.queue.boundary;

import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.queue.control.QueueReader;
import id.loket.queue.control.QueueSql;
import id.loket.queue.entity.NumberQuery;
import id.loket.queue.entity.QueueCursor;
import id.loket.queue.entity.QueueFilter;
import id.loket.queue.entity.QueuePolicy;
import id.loket.queue.entity.QueueRow;
import id.loket.queue.entity.QueueScope;
import id.loket.queue.entity.QueueSort;
import id.loket.queue.entity.QueueView;
import id.loket.queue.entity.Viewer;
import id.loket.shared.InvalidFieldException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents' queues and search (staff only; requesters have their own ticket list). The caller's
 * scope comes from {@link QueuePolicy} (team membership read here); the SQL from {@link QueueSql}.
 */
@Stateless
@DeclareRoles({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Queues {

  public static final int MAX_PAGE = 200;
  public static final int MAX_SEARCH_RESULTS = 50;

  @Resource SessionContext session;
  @Inject QueueReader reader;
  @Inject LoketConfig config;
  @Inject Clock clock;

  /**
   * One page of a queue.
   *
   * @param team the team of the {@code team} view (ignored by the others)
   * @param sort {@code due}, {@code priority}, {@code age} or {@code updated}; null for the view's
   * @param after the {@code next} of the previous page, or null for the first
   */
  public QueuePage page(
      String view, String team, QueueFilter filter, String sort, String after, int limit) {
    QueueView v = QueueView.of(view);
    QueueSort s = QueueSort.of(sort, v.defaultSort());
    QueueCursor from = QueueCursor.parse(after, s);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    QueueScope scope = scope(v, team);
    QueueFilter f = filter == null ? QueueFilter.NONE : filter;
    if (scope.branches().isEmpty()) {
      return new QueuePage(List.of(), null, new QueueCount(0, false));
    }
    List<QueueRow> rows = reader.rows(QueueSql.page(scope, f, s, from, max + 1));
    boolean more = rows.size() > max;
    List<QueueRow> shown = more ? rows.subList(0, max) : rows;
    String next = null;
    if (more) {
      QueueRow last = shown.get(max - 1);
      next =
          QueueCursor.after(
                  s, last.dueAt(), last.priority(), last.createdAt(), last.updatedAt(), last.id())
              .token();
    }
    QueueCount count = QueueCount.of(reader.count(QueueSql.count(scope, f)), QueueSql.COUNT_CAP);
    return new QueuePage(shown, next, count);
  }

  /** The views the caller may open, each with its bounded count (team views: one per team). */
  public List<ViewCount> counts() {
    Viewer me = viewer();
    List<ViewCount> counts = new ArrayList<>();
    for (QueueView v : QueueView.values()) {
      if (v == QueueView.TEAM) {
        for (String team : me.teams()) {
          counts.add(new ViewCount("team:" + team, count(me, v, team)));
        }
      } else if (v != QueueView.ALL || me.overseer()) {
        counts.add(new ViewCount(v.slug(), count(me, v, null)));
      }
    }
    return counts;
  }

  /** The teams the caller is a member of. */
  public List<String> myTeams() {
    return List.copyOf(viewer().teams());
  }

  /**
   * One search box: a ticket number (with or without check digit, or the bare sequence) finds that
   * ticket; otherwise words of titles, descriptions and comments of every ticket, and requesters by
   * user name or name, best first. Staff see every ticket, so the search is not scoped.
   */
  public List<QueueRow> search(String text) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty() || q.length() > QueueFilter.MAX_TEXT) {
      throw new InvalidFieldException("q", "queue.search.invalid", QueueFilter.MAX_TEXT);
    }
    List<String> numbers =
        NumberQuery.candidates(q, clock.instant().atZone(ZoneOffset.UTC).getYear());
    if (!numbers.isEmpty()) {
      List<QueueRow> found = reader.rows(QueueSql.byNumber(numbers));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return reader.searchRows(QueueSql.search(q, MAX_SEARCH_RESULTS));
  }

  private QueueCount count(Viewer me, QueueView v, String team) {
    QueueScope scope =
        QueuePolicy.scope(me, v, team, clock.instant(), config.queueBreachingWithin());
    if (scope.branches().isEmpty()) {
      return new QueueCount(0, false);
    }
    return QueueCount.of(reader.count(QueueSql.count(scope, QueueFilter.NONE)), QueueSql.COUNT_CAP);
  }

  private QueueScope scope(QueueView v, String team) {
    return QueuePolicy.scope(viewer(), v, team, clock.instant(), config.queueBreachingWithin());
  }

  private Viewer viewer() {
    String me = session.getCallerPrincipal().getName();
    boolean overseer = Roles.isOverseer(session::isCallerInRole);
    boolean staff = overseer || session.isCallerInRole(Roles.AGENT);
    return new Viewer(me, staff, overseer, reader.teamsOf(me));
  }
}
