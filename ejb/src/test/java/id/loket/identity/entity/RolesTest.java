package id.loket.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

  @Test
  void everyRoleButRequesterIsStaff() {
    for (Role role : Role.values()) {
      boolean staff = Roles.isStaff(Set.of(role.name())::contains);
      assertThat(staff).as(role.name()).isEqualTo(role != Role.REQUESTER);
    }
  }

  @Test
  void onlyLeadsManagersAndAdminsOversee() {
    assertThat(Roles.isOverseer(Set.of(Roles.AGENT, Roles.REQUESTER)::contains)).isFalse();
    assertThat(Roles.isOverseer(Set.of(Roles.AGENT, Roles.TEAM_LEAD)::contains)).isTrue();
    assertThat(Roles.isOverseer(Set.of(Roles.MANAGER)::contains)).isTrue();
    assertThat(Roles.isOverseer(Set.of(Roles.ADMIN)::contains)).isTrue();
    assertThat(Roles.isStaff(Set.<String>of()::contains)).isFalse();
  }
}
