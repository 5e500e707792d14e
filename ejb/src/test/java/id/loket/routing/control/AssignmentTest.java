package id.loket.routing.control;

import static id.loket.routing.entity.RuleAttribute.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.routing.control.RoutingTrace.Candidate;
import id.loket.routing.control.RoutingTrace.MissingSkill;
import id.loket.routing.control.RoutingTrace.Outcome;
import id.loket.routing.control.RoutingTrace.WinReason;
import id.loket.routing.entity.Agent;
import id.loket.routing.entity.AssignmentMode;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.SkillLevel;
import id.loket.routing.entity.TeamRoster;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentTest {

  private static final RoutingInput NETWORK_TICKET =
      new RoutingInput(null, "network", null, "VPN down", null, null, null);
  private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

  private final RoutingEngine engine = new RoutingEngine();

  private RoutingDecision route(TeamRoster team, RoutingRule rule) {
    return engine.route(NETWORK_TICKET, List.of(rule), Map.of(team.code(), team), team.code());
  }

  private RoutingDecision route(TeamRoster team) {
    return route(team, RoutingRule.to(1, team.code()).when(CATEGORY, "network"));
  }

  private static RoutingRule needing(String skill, int level) {
    return RoutingRule.to(1, "NET").when(CATEGORY, "network").requiring(skill, level);
  }

  private static Candidate candidate(RoutingDecision decision, String userName) {
    return decision.trace().candidates().stream()
        .filter(c -> c.userName().equals(userName))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void onlyMembersWithEverySkillAtTheLevelAreEligible() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 5).withSkill("network", 2),
            Agent.of("budi", 5).withSkill("network", 4).withOpenLoad(3),
            Agent.of("citra", 5).withSkill("sap", 5));
    RoutingRule rule = needing("network", 3);

    RoutingDecision decision = route(team, rule);

    assertThat(decision.assignee()).isEqualTo("budi");
    assertThat(candidate(decision, "ani").missingSkills())
        .containsExactly(new MissingSkill("network", 2, 3));
    assertThat(candidate(decision, "citra").missingSkills())
        .containsExactly(new MissingSkill("network", 0, 3));
    assertThat(decision.trace().requiredSkills()).containsExactly(new SkillLevel("network", 3));
    assertThat(decision.trace().winReason()).isEqualTo(WinReason.ONLY_ELIGIBLE);
  }

  @Test
  void aSkillExactlyAtTheLevelIsEnoughAndSkillNamesIgnoreCase() {
    TeamRoster team = TeamRoster.of("NET", "Network", Agent.of("ani", 5).withSkill("Network", 3));

    RoutingDecision decision = route(team, needing(" NETWORK ", 3));

    assertThat(decision.assignee()).isEqualTo("ani");
    assertThat(candidate(decision, "ani").skillsMet()).isEqualTo(1);
  }

  @Test
  void leastLoadedPicksTheLowestOpenLoad() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 10).withOpenLoad(4),
            Agent.of("budi", 10).withOpenLoad(1),
            Agent.of("citra", 10).withOpenLoad(2));

    RoutingDecision decision = route(team);

    assertThat(decision.assignee()).isEqualTo("budi");
    assertThat(decision.trace().winReason()).isEqualTo(WinReason.LOWEST_LOAD);
    assertThat(decision.trace().mode()).isEqualTo(AssignmentMode.LEAST_LOADED);
  }

  @Test
  void onEqualLoadTheBetterSkillMatchWins() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 10).withOpenLoad(2).withSkill("network", 3),
            Agent.of("budi", 10).withOpenLoad(2).withSkill("network", 5));

    RoutingDecision decision = route(team, needing("network", 3));

    assertThat(decision.assignee()).isEqualTo("budi");
    assertThat(decision.trace().winReason()).isEqualTo(WinReason.BETTER_SKILL_MATCH);
  }

  @Test
  void onEqualLoadAndSkillTheOneAssignedLongestAgoWinsAndNeverCountsAsLongest() {
    Agent ani = Agent.of("ani", 10).withOpenLoad(2).withLastAssignedAt(MONDAY);
    Agent budi = Agent.of("budi", 10).withOpenLoad(2).withLastAssignedAt(MONDAY.minusSeconds(60));
    Agent citra = Agent.of("citra", 10).withOpenLoad(2);

    RoutingDecision withNewcomer = route(TeamRoster.of("NET", "Network", ani, budi, citra));
    RoutingDecision withoutNewcomer = route(TeamRoster.of("NET", "Network", ani, budi));

    assertThat(withNewcomer.assignee()).isEqualTo("citra");
    assertThat(withoutNewcomer.assignee()).isEqualTo("budi");
    assertThat(withoutNewcomer.trace().winReason()).isEqualTo(WinReason.LONGEST_SINCE_ASSIGNED);
  }

  @Test
  void whenAllElseIsEqualTheUserNameDecides() {
    TeamRoster team = TeamRoster.of("NET", "Network", Agent.of("dewi", 10), Agent.of("bayu", 10));

    RoutingDecision decision = route(team);

    assertThat(decision.assignee()).isEqualTo("bayu");
    assertThat(decision.trace().winReason()).isEqualTo(WinReason.USER_NAME);
  }

  @Test
  void roundRobinTakesTheNextMemberAfterTheLastAssigned() {
    TeamRoster team =
        TeamRoster.of(
                "NET",
                "Network",
                Agent.of("ani", 10).withOpenLoad(0),
                Agent.of("budi", 10).withOpenLoad(9),
                Agent.of("citra", 10))
            .roundRobin("ani");

    RoutingDecision decision = route(team);

    assertThat(decision.assignee()).as("load does not matter in round robin").isEqualTo("budi");
    assertThat(decision.trace().winReason()).isEqualTo(WinReason.NEXT_IN_TURN);
  }

  @Test
  void roundRobinWrapsAroundAtTheEndOfTheMemberList() {
    TeamRoster team =
        TeamRoster.of(
                "NET", "Network", Agent.of("ani", 10), Agent.of("budi", 10), Agent.of("citra", 10))
            .roundRobin("citra");

    assertThat(route(team).assignee()).isEqualTo("ani");
  }

  @Test
  void roundRobinSkipsIneligibleMembersAndStartsAtTheTopWithoutHistory() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 10),
            Agent.of("budi", 10).withAway(true),
            Agent.of("citra", 2).withOpenLoad(2),
            Agent.of("dewi", 10));

    assertThat(route(team.roundRobin("ani")).assignee()).isEqualTo("dewi");
    assertThat(route(team.roundRobin("dewi")).assignee()).isEqualTo("ani");
    assertThat(route(team.roundRobin(null)).assignee()).isEqualTo("ani");
    assertThat(route(team.roundRobin("left-the-team")).assignee()).isEqualTo("ani");
  }

  @Test
  void awayMembersAreSkippedEvenWhenLeastLoaded() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 10).withAway(true),
            Agent.of("budi", 10).withOpenLoad(5));

    RoutingDecision decision = route(team);

    assertThat(decision.assignee()).isEqualTo("budi");
    assertThat(candidate(decision, "ani").away()).isTrue();
    assertThat(candidate(decision, "ani").eligible()).isFalse();
  }

  @Test
  void membersAtCapacityAreSkipped() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 3).withOpenLoad(3),
            Agent.of("budi", 10).withOpenLoad(6),
            Agent.of("citra", 0));

    RoutingDecision decision = route(team);

    assertThat(decision.assignee()).isEqualTo("budi");
    assertThat(candidate(decision, "ani").atCapacity()).isTrue();
    assertThat(candidate(decision, "citra").atCapacity()).isTrue();
    assertThat(candidate(decision, "budi").atCapacity()).isFalse();
  }

  @Test
  void nobodyEligibleLeavesTheTicketInTheQueueWithEveryReason() {
    TeamRoster team =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 5).withAway(true).withSkill("network", 4),
            Agent.of("budi", 5).withSkill("network", 1),
            Agent.of("citra", 2).withOpenLoad(2).withSkill("network", 5),
            Agent.of("dewi", 1).withOpenLoad(1).withAway(true));

    RoutingDecision decision = route(team, needing("network", 3));

    assertThat(decision.team()).isEqualTo("NET");
    assertThat(decision.assignee()).isNull();
    assertThat(decision.isAssigned()).isFalse();
    assertThat(decision.trace().outcome()).isEqualTo(Outcome.NOBODY_ELIGIBLE);
    assertThat(decision.trace().winReason()).isNull();
    assertThat(decision.trace().candidates())
        .extracting(Candidate::userName)
        .containsExactly("ani", "budi", "citra", "dewi");
    assertThat(decision.trace().candidates()).noneMatch(Candidate::eligible);
    Candidate dewi = candidate(decision, "dewi");
    assertThat(dewi.away()).isTrue();
    assertThat(dewi.atCapacity()).isTrue();
    assertThat(dewi.missingSkills()).containsExactly(new MissingSkill("network", 0, 3));
    assertThat(decision.text(Locale.ENGLISH))
        .contains("ani: skipped, away")
        .contains("budi: skipped, missing skill network (has level 1 of 3)")
        .contains("citra: skipped, at capacity (load 2 of 2)")
        .contains(
            "dewi: skipped, away; missing skill network (has level 0 of 3); at capacity (load 1 of 1)")
        .endsWith("nobody eligible; the ticket stays unassigned in the Network queue");
  }

  @Test
  void aTeamWithoutMembersLeavesTheTicketInTheQueue() {
    RoutingDecision decision = route(TeamRoster.of("NET", "Network"));

    assertThat(decision.assignee()).isNull();
    assertThat(decision.trace().outcome()).isEqualTo(Outcome.NOBODY_ELIGIBLE);
  }

  @Test
  void autoAssignmentOffStopsAtTheQueue() {
    TeamRoster team = TeamRoster.of("NET", "Network", Agent.of("ani", 10)).withAutoAssign(false);

    RoutingDecision decision = route(team);

    assertThat(decision.team()).isEqualTo("NET");
    assertThat(decision.assignee()).isNull();
    assertThat(decision.trace().outcome()).isEqualTo(Outcome.AUTO_ASSIGN_OFF);
    assertThat(decision.trace().candidates()).isEmpty();
    assertThat(decision.text(Locale.ENGLISH))
        .endsWith("auto-assignment is off in Network; the ticket waits in the queue");
  }

  @Test
  void routingIsPureSoTheSameInputGivesTheSameDecision() {
    TeamRoster team =
        TeamRoster.of("NET", "Network", Agent.of("ani", 10).withOpenLoad(1), Agent.of("budi", 10));

    assertThat(route(team)).isEqualTo(route(team));
    assertThat(route(team.withAutoAssign(true)).assignee()).isEqualTo("budi");
  }
}
