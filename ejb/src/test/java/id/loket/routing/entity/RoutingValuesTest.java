package id.loket.routing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingValuesTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void skillLevelsAreOneToFive(int level) {
    assertThatThrownBy(() -> new SkillLevel("network", level))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("network");
    assertThatThrownBy(() -> Agent.of("ani", 5).withSkill("network", level))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skillNamesAreCanonical() {
    assertThat(new SkillLevel("  SAP ", 1).skill()).isEqualTo("sap");
    assertThat(Agent.of("ani", 5).withSkill("Travel", 2).level("TRAVEL")).isEqualTo(2);
    assertThat(Agent.of("ani", 5).level("travel")).isZero();
    assertThatThrownBy(() -> new SkillLevel(" ", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agentsRefuseNegativeCapacityOrLoad() {
    assertThatThrownBy(() -> Agent.of("ani", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Agent.of("ani", 1).withOpenLoad(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Agent.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void teamsDefaultToLeastLoadedWithTheirCodeAsName() {
    TeamRoster team = new TeamRoster("NET", null, null, null, true, null);

    assertThat(team.mode()).isEqualTo(AssignmentMode.LEAST_LOADED);
    assertThat(team.name()).isEqualTo("NET");
    assertThat(team.members()).isEmpty();
    assertThatThrownBy(
            () -> TeamRoster.of("NET", "Network", Agent.of("ani", 1), Agent.of("ani", 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ani");
  }

  @Test
  void rulesKeepTheirConditionsImmutableAndDropBlankValues() {
    RoutingRule rule =
        new RoutingRule(
            1,
            "NET",
            Map.of(
                RuleAttribute.CATEGORY, Set.of(" network ", " "), RuleAttribute.LOCATION, Set.of()),
            List.of(new SkillLevel("network", 2)));

    assertThat(rule.conditions()).containsOnlyKeys(RuleAttribute.CATEGORY);
    assertThat(rule.conditions().get(RuleAttribute.CATEGORY)).containsExactly("network");
    assertThat(rule.isCatchAll()).isFalse();
    assertThatThrownBy(() -> rule.conditions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(rule.when(RuleAttribute.CATEGORY, "wifi").conditions().get(RuleAttribute.CATEGORY))
        .containsExactly("network", "wifi");
  }
}
