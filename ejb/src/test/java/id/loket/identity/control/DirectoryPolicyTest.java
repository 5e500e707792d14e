package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.identity.entity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryPolicyTest {

  private final DirectoryPolicy policy = new DirectoryPolicy();

  @Test
  void administratorsBrowseAndPlaceUsers() {
    assertThat(policy.mayBrowse(Set.of(Role.ADMIN))).isTrue();
    assertThat(policy.mayPlace(Set.of(Role.ADMIN))).isTrue();
    assertThat(policy.mayPlace(EnumSet.of(Role.AGENT, Role.ADMIN))).isTrue();
  }

  @Test
  void nobodyElseMayEvenTheirOwnPlacementSinceItSteersRouting() {
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN))) {
      assertThat(policy.mayBrowse(Set.of(role))).as(role.name()).isFalse();
      assertThat(policy.mayPlace(Set.of(role))).as(role.name()).isFalse();
    }
    assertThat(policy.mayPlace(EnumSet.of(Role.MANAGER, Role.TEAM_LEAD, Role.AGENT))).isFalse();
    assertThat(policy.mayPlace(Set.of())).isFalse();
  }
}
