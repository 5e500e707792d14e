package id.loket.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.shared.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamRulesTest {

  @Test
  void aTeamNeedsACodeAndBothNames() {
    assertThat(TeamRules.team("network-east", "Network East", "Jaringan Timur")).isEmpty();
    assertThat(TeamRules.team("Network East", " ", null))
        .extracting(InvalidFieldException.Field::name)
        .containsExactly("code", "nameEn", "nameId");
  }

  @Test
  void skillLevelsAreOneToThreeAndCapacityIsBounded() {
    assertThat(TeamRules.agent(5, Map.of("network", 3, "sap", 1))).isEmpty();
    assertThat(TeamRules.agent(null, Map.of())).isEmpty();
    assertThat(TeamRules.agent(-1, Map.of("network", 4, "bad/name", 2)))
        .extracting(InvalidFieldException.Field::name)
        .containsExactlyInAnyOrder("capacity", "skills.network", "skills");
    assertThat(TeamRules.agent(1001, Map.of())).hasSize(1);
  }
}
