package id.loket.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What replaces the security stamp (and so ends sessions) and what does not. */
class UserAccountTest {

  private final UserAccount sari =
      new UserAccount(
          "sari",
          "Sari Dewi",
          "sari@loket.example",
          "hash-1",
          "id",
          EnumSet.of(Role.AGENT),
          Instant.parse("2026-11-23T08:00:00Z"));

  @Test
  void aNewUserHasAStamp() {
    assertThat(sari.getSecurityStamp()).hasSize(36);
  }

  @Test
  void disablingReplacesTheStampAndEnablingKeepsIt() {
    String before = sari.getSecurityStamp();
    sari.disable();
    assertThat(sari.isActive()).isFalse();
    String disabled = sari.getSecurityStamp();
    assertThat(disabled).isNotEqualTo(before);
    sari.enable();
    assertThat(sari.isActive()).isTrue();
    assertThat(sari.getSecurityStamp()).isEqualTo(disabled);
  }

  @Test
  void aNewPasswordReplacesTheStamp() {
    String before = sari.getSecurityStamp();
    sari.changePasswordHash("hash-2");
    assertThat(sari.getPasswordHash()).isEqualTo("hash-2");
    assertThat(sari.getSecurityStamp()).isNotEqualTo(before);
  }

  @Test
  void otherRolesReplaceTheStampTheSameRolesDoNot() {
    String before = sari.getSecurityStamp();
    sari.changeRoles(Set.of(Role.AGENT));
    assertThat(sari.getSecurityStamp()).isEqualTo(before);
    sari.changeRoles(Set.of(Role.AGENT, Role.TEAM_LEAD));
    assertThat(sari.getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.TEAM_LEAD);
    assertThat(sari.getSecurityStamp()).isNotEqualTo(before);
  }

  @Test
  void aUserKeepsAtLeastOneRole() {
    assertThatThrownBy(() -> sari.changeRoles(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sari.getRoles()).containsExactly(Role.AGENT);
  }
}
