package id.loket.routing.control;

import id.loket.routing.control.RoutingTrace.Candidate;
import id.loket.routing.control.RoutingTrace.MissingSkill;
import id.loket.routing.control.RoutingTrace.Outcome;
import id.loket.routing.control.RoutingTrace.WinReason;
import id.loket.routing.entity.Agent;
import id.loket.routing.entity.AssignmentMode;
import id.loket.routing.entity.SkillLevel;
import id.loket.routing.entity.TeamRoster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses an agent within a team. Only members who have every required skill at the level, are not
 * away and are below capacity may take the ticket; among them the team's {@link AssignmentMode}
 * decides. Every member is judged, not only until one is found, so that the trace can say why each
 * one was or was not chosen.
 */
final class AgentPicker {

  /** The result of picking: the outcome, every member as judged, and the winner if any. */
  record Assignment(
      Outcome outcome, List<Candidate> candidates, String assignee, WinReason winReason) {}

  /**
   * Least loaded first; then the better skill match; then the one who waited longest for a ticket
   * (never assigned counts as longest); then the user name, so that the choice is never random.
   */
  static final Comparator<Candidate> LEAST_LOADED =
      Comparator.comparingInt(Candidate::load)
          .thenComparing(Comparator.comparingInt(Candidate::skillScore).reversed())
          .thenComparing(
              Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(Candidate::userName);

  private AgentPicker() {}

  static Assignment pick(TeamRoster team, List<SkillLevel> required) {
    if (!team.autoAssign()) {
      return new Assignment(Outcome.AUTO_ASSIGN_OFF, List.of(), null, null);
    }
    List<Candidate> candidates = team.members().stream().map(m -> judge(m, required)).toList();
    List<Candidate> eligible = candidates.stream().filter(Candidate::eligible).toList();
    if (eligible.isEmpty()) {
      return new Assignment(Outcome.NOBODY_ELIGIBLE, candidates, null, null);
    }
    if (eligible.size() == 1) {
      return assigned(candidates, eligible.get(0), WinReason.ONLY_ELIGIBLE);
    }
    if (team.mode() == AssignmentMode.ROUND_ROBIN) {
      return assigned(candidates, nextInTurn(team, candidates), WinReason.NEXT_IN_TURN);
    }
    List<Candidate> ranked = eligible.stream().sorted(LEAST_LOADED).toList();
    return assigned(candidates, ranked.get(0), whyFirst(ranked.get(0), ranked.get(1)));
  }

  static Candidate judge(Agent agent, List<SkillLevel> required) {
    List<MissingSkill> missing = new ArrayList<>();
    int score = 0;
    for (SkillLevel need : required) {
      int has = agent.level(need.skill());
      score += has;
      if (has < need.level()) {
        missing.add(new MissingSkill(need.skill(), has, need.level()));
      }
    }
    boolean atCapacity = agent.openLoad() >= agent.capacity();
    boolean eligible = !agent.away() && missing.isEmpty() && !atCapacity;
    return new Candidate(
        agent.userName(),
        eligible,
        agent.away(),
        missing,
        atCapacity,
        agent.openLoad(),
        agent.capacity(),
        required.size() - missing.size(),
        required.size(),
        score,
        agent.lastAssignedAt());
  }

  /**
   * The first eligible member after the one assigned last, wrapping at the end of the member list;
   * from the start of the list if nobody was assigned yet or that member has left the team.
   */
  private static Candidate nextInTurn(TeamRoster team, List<Candidate> candidates) {
    int last = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (candidates.get(i).userName().equals(team.lastAssigned())) {
        last = i;
      }
    }
    for (int step = 1; step <= candidates.size(); step++) {
      Candidate next = candidates.get((last + step) % candidates.size());
      if (next.eligible()) {
        return next;
      }
    }
    throw new IllegalStateException("no eligible member in " + team.code());
  }

  private static WinReason whyFirst(Candidate first, Candidate second) {
    if (first.load() != second.load()) {
      return WinReason.LOWEST_LOAD;
    }
    if (first.skillScore() != second.skillScore()) {
      return WinReason.BETTER_SKILL_MATCH;
    }
    if (Comparator.nullsFirst(Comparator.<Instant>naturalOrder())
            .compare(first.lastAssignedAt(), second.lastAssignedAt())
        != 0) {
      return WinReason.LONGEST_SINCE_ASSIGNED;
    }
    return WinReason.USER_NAME;
  }

  private static Assignment assigned(
      List<Candidate> candidates, Candidate winner, WinReason reason) {
    return new Assignment(Outcome.ASSIGNED, candidates, winner.userName(), reason);
  }
}
