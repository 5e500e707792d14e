package id.loket.team.control;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may change teams and agents. Administrators may change everything. A team lead runs their own
 * teams day to day: they may add and remove members of a team they lead and set the skills, away
 * flag and capacity of the agents in it — but not make someone a lead, nor create, rename or retire
 * a team, which changes the organisation and stays with administrators. Every agent may say they
 * are away (or back) themselves. Managers and leads may read every team.
 */
public final class TeamPolicy {

  /**
   * The caller as far as this policy cares.
   *
   * @param leads the codes of the teams the caller leads
   */
  public record Actor(
      String username, boolean admin, boolean teamLead, boolean manager, Set<String> leads) {
    public Actor {
      Objects.requireNonNull(username, "username");
      leads = leads == null ? Set.of() : Set.copyOf(leads);
    }
  }

  public boolean mayRead(Actor a) {
    return a.admin() || a.manager() || (a.teamLead() && !a.leads().isEmpty());
  }

  public boolean mayDefineTeams(Actor a) {
    return a.admin();
  }

  /**
   * @param before the members of the team and whether each is lead, before the change
   * @param after the same, after it
   */
  public boolean mayChangeMembers(
      Actor a, String team, Map<String, Boolean> before, Map<String, Boolean> after) {
    if (a.admin()) {
      return true;
    }
    if (!a.teamLead() || !a.leads().contains(team)) {
      return false;
    }
    for (var e : after.entrySet()) {
      if (e.getValue() && !Boolean.TRUE.equals(before.get(e.getKey()))) {
        return false; // makes someone lead
      }
    }
    for (var e : before.entrySet()) {
      if (e.getValue() && !Boolean.TRUE.equals(after.get(e.getKey()))) {
        return false; // removes a lead or their lead role
      }
    }
    return true;
  }

  /**
   * @param agentTeams the teams the agent is a member of
   */
  public boolean mayChangeAgent(Actor a, Collection<String> agentTeams) {
    return a.admin() || (a.teamLead() && agentTeams.stream().anyMatch(a.leads()::contains));
  }

  /** Away (and back) is the agent's own say, or whoever may change the agent. */
  public boolean maySetAway(Actor a, String agent, Collection<String> agentTeams) {
    return a.username().equals(agent) || mayChangeAgent(a, agentTeams);
  }
}
