package id.loket.queue.entity;

import id.loket.queue.entity.QueueScope.Branch;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may read which queue, and so which tickets a read covers. The one place that decides it.
 *
 * <p>Agents work the queues of their teams: a team queue they are not in does not exist for them
 * (404), and the wider views (waiting, breaching, recent) cover their teams plus the tickets they
 * hold themselves. Team leads, managers and administrators oversee all the work: any team queue and
 * "all open". Requesters have their own ticket list and no queue at all (403).
 */
public final class QueuePolicy {

  private QueuePolicy() {}

  /**
   * @param team the team of a {@link QueueView#TEAM} view (ignored by the others)
   * @param now the current instant, for "breaching soon"
   * @param breachingWithin how far ahead "breaching soon" looks
   */
  public static QueueScope scope(
      Viewer viewer, QueueView view, String team, Instant now, Duration breachingWithin) {
    if (!viewer.staff()) {
      throw new NotPermittedException("queue.forbidden", "Queues are for service-desk staff");
    }
    return switch (view) {
      case MINE -> new QueueScope(List.of(Branch.assignee(viewer.username())), false, false, null);
      case UNASSIGNED ->
          new QueueScope(
              viewer.overseer() && viewer.teams().isEmpty()
                  ? List.of(Branch.EVERYTHING)
                  : viewer.teams().stream().map(Branch::team).toList(),
              true,
              false,
              null);
      case TEAM -> new QueueScope(List.of(Branch.team(teamFor(viewer, team))), false, false, null);
      case WAITING -> new QueueScope(wide(viewer), false, true, null);
      case BREACHING -> new QueueScope(wide(viewer), false, false, now.plus(breachingWithin));
      case RECENT -> new QueueScope(wide(viewer), false, false, null);
      case ALL -> {
        if (!viewer.overseer()) {
          throw new NotPermittedException(
              "queue.all.forbidden", "All open tickets are for team leads and managers");
        }
        yield new QueueScope(List.of(Branch.EVERYTHING), false, false, null);
      }
    };
  }

  /** Whether the viewer may read this team's queue (and act on it in bulk). */
  public static boolean mayReadTeam(Viewer viewer, String team) {
    return viewer.staff() && (viewer.overseer() || viewer.teams().contains(team));
  }

  private static String teamFor(Viewer viewer, String team) {
    if (team == null || team.isBlank()) {
      throw new InvalidFieldException("team", "queue.team.required");
    }
    String code = team.strip();
    if (!mayReadTeam(viewer, code)) {
      throw new DomainException(Kind.NOT_FOUND, "queue.team.unknown", "No queue " + code, code);
    }
    return code;
  }

  private static List<Branch> wide(Viewer viewer) {
    if (viewer.overseer()) {
      return List.of(Branch.EVERYTHING);
    }
    List<Branch> branches = new ArrayList<>();
    viewer.teams().forEach(t -> branches.add(Branch.team(t)));
    branches.add(Branch.assignee(viewer.username()));
    return branches;
  }
}
