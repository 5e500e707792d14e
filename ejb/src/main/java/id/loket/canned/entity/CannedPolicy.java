package id.loket.canned.entity;

import java.util.Objects;
import java.util.Set;

/**
 * Who may use and who may keep a canned response. The one place that decides it.
 *
 * <p>A personal response is its owner's alone: nobody else sees it, administrators included (it may
 * be half-written or in a private tone). A team's responses are the team's voice: every member uses
 * them, but only the team's leads and administrators write, change or remove them, so that the
 * wording the whole team sends is agreed. Requesters have no canned responses at all. A response
 * the caller may not use does not exist for them (404); one they use but may not keep is a 403.
 */
public final class CannedPolicy {

  /**
   * The caller as far as this policy cares.
   *
   * @param staff whether the caller is service-desk staff (agent, lead, manager, admin)
   * @param teams the codes of the teams the caller is a member of (leads included)
   * @param leads the codes of the teams the caller leads
   */
  public record Actor(
      String username, boolean staff, boolean admin, Set<String> teams, Set<String> leads) {
    public Actor {
      Objects.requireNonNull(username, "username");
      teams = teams == null ? Set.of() : Set.copyOf(teams);
      leads = leads == null ? Set.of() : Set.copyOf(leads);
    }
  }

  private CannedPolicy() {}

  /** Whether the caller may see and insert the response. */
  public static boolean mayUse(Actor a, CannedScope scope, String team, String owner) {
    if (!a.staff()) {
      return false;
    }
    return switch (scope) {
      case PERSONAL -> a.username().equals(owner);
      case TEAM -> a.admin() || a.teams().contains(team) || a.leads().contains(team);
    };
  }

  /** Whether the caller may create, change or delete a response of this scope and owner/team. */
  public static boolean mayKeep(Actor a, CannedScope scope, String team, String owner) {
    if (!a.staff()) {
      return false;
    }
    return switch (scope) {
      case PERSONAL -> a.username().equals(owner);
      case TEAM -> a.admin() || a.leads().contains(team);
    };
  }

  public static boolean mayUse(Actor a, CannedResponse r) {
    return mayUse(a, r.getScope(), r.getTeam(), r.getOwner());
  }

  public static boolean mayKeep(Actor a, CannedResponse r) {
    return mayKeep(a, r.getScope(), r.getTeam(), r.getOwner());
  }
}
