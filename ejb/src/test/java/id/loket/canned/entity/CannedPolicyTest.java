package id.loket.canned.entity;

import static id.loket.canned.entity.CannedScope.PERSONAL;
import static id.loket.canned.entity.CannedScope.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.canned.entity.CannedPolicy.Actor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CannedPolicyTest {

  private final Actor sari = new Actor("sari", true, false, Set.of("service-desk"), Set.of());
  private final Actor tono =
      new Actor("tono", true, false, Set.of("service-desk", "travel-desk"), Set.of("service-desk"));
  private final Actor admin = new Actor("admin", true, true, Set.of(), Set.of());
  private final Actor rina = new Actor("rina", false, false, Set.of(), Set.of());

  @Test
  void aPersonalResponseIsItsOwnersAlone() {
    assertThat(CannedPolicy.mayUse(sari, PERSONAL, null, "sari")).isTrue();
    assertThat(CannedPolicy.mayKeep(sari, PERSONAL, null, "sari")).isTrue();
    assertThat(CannedPolicy.mayUse(tono, PERSONAL, null, "sari")).isFalse();
    assertThat(CannedPolicy.mayUse(admin, PERSONAL, null, "sari")).isFalse();
    assertThat(CannedPolicy.mayKeep(admin, PERSONAL, null, "sari")).isFalse();
  }

  @Test
  void membersUseTheTeamsResponsesLeadsAndAdminsKeepThem() {
    assertThat(CannedPolicy.mayUse(sari, TEAM, "service-desk", null)).isTrue();
    assertThat(CannedPolicy.mayKeep(sari, TEAM, "service-desk", null)).isFalse();
    assertThat(CannedPolicy.mayKeep(tono, TEAM, "service-desk", null)).isTrue();
    assertThat(CannedPolicy.mayUse(tono, TEAM, "travel-desk", null)).isTrue();
    assertThat(CannedPolicy.mayKeep(tono, TEAM, "travel-desk", null))
        .as("a member but not its lead")
        .isFalse();
    assertThat(CannedPolicy.mayUse(admin, TEAM, "network", null)).isTrue();
    assertThat(CannedPolicy.mayKeep(admin, TEAM, "network", null)).isTrue();
  }

  @Test
  void aNonMemberCannotUseATeamsResponses() {
    assertThat(CannedPolicy.mayUse(sari, TEAM, "travel-desk", null)).isFalse();
    assertThat(CannedPolicy.mayKeep(sari, TEAM, "travel-desk", null)).isFalse();
  }

  @Test
  void requestersHaveNothing() {
    assertThat(CannedPolicy.mayUse(rina, PERSONAL, null, "rina")).isFalse();
    assertThat(CannedPolicy.mayKeep(rina, PERSONAL, null, "rina")).isFalse();
    assertThat(CannedPolicy.mayUse(rina, TEAM, "service-desk", null)).isFalse();
  }
}
