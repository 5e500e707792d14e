package id.loket.routing.control;

import id.loket.routing.control.RoutingTrace.Outcome;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.SkillLevel;
import id.loket.routing.entity.TeamRoster;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides where a ticket goes: the first rule (by ascending order) whose conditions all hold
 * chooses the team and the skills an agent needs; when none holds, the default team gets the
 * ticket. Within the team an agent is picked if the team assigns automatically and someone is
 * eligible (see {@link AgentPicker}).
 *
 * <p>The engine is a pure function of its arguments: it reads no clock, database or configuration
 * and changes nothing, so routing a new ticket and re-routing an old one are the same call, and a
 * decision can be replayed from the stored inputs. The caller supplies the rosters with the
 * members' current open load and, for round robin, who was assigned last; the caller stores the
 * assignment and updates those.
 *
 * <p>The rules are not validated here (use {@link RuleValidator} when they are saved); rules with
 * the same order are tried in list order, and a team code the rosters do not know yields {@link
 * Outcome#UNKNOWN_TEAM} rather than an exception, so that one bad rule cannot stop tickets from
 * being created.
 */
public final class RoutingEngine {

  /**
   * @param ticket the facts of the ticket
   * @param rules the routing table in any order
   * @param teams the rosters by team code
   * @param defaultTeam the code of the team that gets tickets no rule matches
   * @return the team, the agent if one was chosen, and the trace
   * @throws NullPointerException if ticket, rules or teams is {@code null}
   * @throws IllegalArgumentException if the default team is blank
   */
  public RoutingDecision route(
      RoutingInput ticket,
      List<RoutingRule> rules,
      Map<String, TeamRoster> teams,
      String defaultTeam) {
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(teams, "teams");
    if (defaultTeam == null || defaultTeam.isBlank()) {
      throw new IllegalArgumentException("a default team is required");
    }
    Optional<RuleMatcher.Match> match = RuleMatcher.firstMatch(ticket, rules);
    String teamCode =
        match.map(m -> Objects.requireNonNullElse(m.rule().team(), "")).orElse(defaultTeam).strip();
    List<SkillLevel> required = match.map(m -> m.rule().requiredSkills()).orElse(List.of());
    Integer ruleOrder = match.map(m -> m.rule().order()).orElse(null);
    List<RoutingTrace.Condition> held = match.map(RuleMatcher.Match::held).orElse(List.of());

    TeamRoster roster = teams.get(teamCode);
    if (roster == null) {
      RoutingTrace trace =
          new RoutingTrace(
              ruleOrder,
              held,
              teamCode,
              teamCode,
              required,
              null,
              Outcome.UNKNOWN_TEAM,
              List.of(),
              null,
              null);
      return new RoutingDecision(teamCode, null, trace);
    }
    AgentPicker.Assignment assignment = AgentPicker.pick(roster, required);
    RoutingTrace trace =
        new RoutingTrace(
            ruleOrder,
            held,
            roster.code(),
            roster.name(),
            required,
            roster.mode(),
            assignment.outcome(),
            assignment.candidates(),
            assignment.assignee(),
            assignment.winReason());
    return new RoutingDecision(roster.code(), assignment.assignee(), trace);
  }
}
