package id.loket.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.RuleEntry;
import id.loket.routing.entity.SkillLevel;
import id.loket.shared.InvalidFieldException;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCodecTest {

  @Test
  void conditionsAndSkillsReadWriteAndReadBack() {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    var conditions =
        RuleCodec.conditions(
            Json.createObjectBuilder()
                .add("CATEGORY", Json.createArrayBuilder().add("network"))
                .add("KEYWORD", Json.createArrayBuilder().add(" vpn ").add("wifi"))
                .build(),
            bad);
    var skills =
        RuleCodec.skills(
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("skill", "Network").add("level", 2))
                .build(),
            bad);
    assertThat(bad).isEmpty();
    assertThat(conditions.get(RuleAttribute.KEYWORD)).containsExactly("vpn", "wifi");
    assertThat(skills).containsExactly(new SkillLevel("network", 2));

    RoutingRule rule =
        RuleCodec.rule(
            new RuleEntry(10, "network", RuleCodec.write(conditions), RuleCodec.write(skills)));
    assertThat(rule.order()).isEqualTo(10);
    assertThat(rule.conditions()).containsEntry(RuleAttribute.CATEGORY, Set.of("network"));
    assertThat(rule.requiredSkills()).containsExactly(new SkillLevel("network", 2));
  }

  @Test
  void everyBadPartIsNamed() {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    RuleCodec.conditions(
        Json.createObjectBuilder()
            .add("COLOUR", Json.createArrayBuilder().add("red"))
            .add("TYPE", Json.createArrayBuilder())
            .add("SERVICE", "SAP")
            .build(),
        bad);
    RuleCodec.skills(
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("skill", "sap").add("level", 4))
            .add(Json.createObjectBuilder().add("skill", "sap").add("level", 1))
            .add("net")
            .build(),
        bad);
    assertThat(bad)
        .extracting(InvalidFieldException.Field::name)
        .containsExactly(
            "conditions.COLOUR",
            "conditions.TYPE",
            "conditions.SERVICE",
            "requiredSkills[0]",
            "requiredSkills[2]");
  }
}
