package id.loket.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamPolicyTest {

  private final TeamPolicy policy = new TeamPolicy();
  private final TeamPolicy.Actor admin =
      new TeamPolicy.Actor("admin", true, false, false, Set.of());
  private final TeamPolicy.Actor tono =
      new TeamPolicy.Actor("tono", false, true, false, Set.of("service-desk"));
  private final TeamPolicy.Actor sari = new TeamPolicy.Actor("sari", false, false, false, Set.of());
  private final TeamPolicy.Actor maya = new TeamPolicy.Actor("maya", false, false, true, Set.of());

  @Test
  void onlyAdministratorsDefineTeams() {
    assertThat(policy.mayDefineTeams(admin)).isTrue();
    assertThat(policy.mayDefineTeams(tono)).isFalse();
    assertThat(policy.mayDefineTeams(maya)).isFalse();
  }

  @Test
  void leadsAndManagersReadAgentsDoNot() {
    assertThat(policy.mayRead(admin)).isTrue();
    assertThat(policy.mayRead(tono)).isTrue();
    assertThat(policy.mayRead(maya)).isTrue();
    assertThat(policy.mayRead(sari)).isFalse();
    assertThat(policy.mayRead(new TeamPolicy.Actor("lead", false, true, false, Set.of())))
        .as("a lead of no team")
        .isFalse();
  }

  @Test
  void aLeadChangesMembersOfTheirTeamButNotWhoLeads() {
    Map<String, Boolean> before = Map.of("tono", true, "sari", false);
    assertThat(
            policy.mayChangeMembers(
                tono, "service-desk", before, Map.of("tono", true, "sari", false, "budi", false)))
        .isTrue();
    assertThat(policy.mayChangeMembers(tono, "service-desk", before, Map.of("tono", true)))
        .as("removes a member")
        .isTrue();
    assertThat(
            policy.mayChangeMembers(
                tono, "service-desk", before, Map.of("tono", true, "sari", true)))
        .as("makes sari lead")
        .isFalse();
    assertThat(policy.mayChangeMembers(tono, "service-desk", before, Map.of("sari", false)))
        .as("removes the lead")
        .isFalse();
    assertThat(policy.mayChangeMembers(tono, "network", Map.of(), Map.of("tono", false)))
        .as("a team tono does not lead")
        .isFalse();
    assertThat(policy.mayChangeMembers(admin, "network", Map.of(), Map.of("tono", true))).isTrue();
    assertThat(policy.mayChangeMembers(sari, "service-desk", before, before)).isFalse();
  }

  @Test
  void agentsAreChangedByAdministratorsAndTheLeadsOfTheirTeams() {
    assertThat(policy.mayChangeAgent(tono, List.of("network", "service-desk"))).isTrue();
    assertThat(policy.mayChangeAgent(tono, List.of("network"))).isFalse();
    assertThat(policy.mayChangeAgent(admin, List.of())).isTrue();
    assertThat(policy.mayChangeAgent(sari, List.of("service-desk"))).isFalse();
  }

  @Test
  void everyAgentSaysThemselvesWhetherTheyAreAway() {
    assertThat(policy.maySetAway(sari, "sari", List.of())).isTrue();
    assertThat(policy.maySetAway(sari, "tono", List.of("service-desk"))).isFalse();
    assertThat(policy.maySetAway(tono, "sari", List.of("service-desk"))).isTrue();
  }
}
