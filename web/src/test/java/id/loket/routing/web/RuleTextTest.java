package id.loket.routing.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.routing.boundary.RuleView;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTextTest {

  @Test
  void conditionsAreOneLineEachAndReadBack() {
    JsonObject c = RuleText.conditions("category = network\n\n keyword=vpn, wifi ,\r\nLOCATION");
    assertThat(c.getJsonArray("CATEGORY").getString(0)).isEqualTo("network");
    assertThat(c.getJsonArray("KEYWORD")).hasSize(2);
    assertThat(c.getJsonArray("KEYWORD").getString(1)).isEqualTo("wifi");
    assertThat(c.getJsonArray("LOCATION")).isEmpty();

    RuleView r =
        new RuleView(
            1,
            10,
            "network",
            Map.of("KEYWORD", List.of("vpn", "wifi")),
            List.of(new RuleView.Skill("network", 2)),
            true,
            1);
    assertThat(RuleText.conditions(r)).isEqualTo("KEYWORD=vpn, wifi");
    assertThat(RuleText.skills(r)).isEqualTo("network=2");
  }

  @Test
  void skillsKeepWhatIsNoNumberForTheBoundaryToName() {
    var skills = RuleText.skills("network=2, sap=expert");
    assertThat(skills.getJsonObject(0).getInt("level")).isEqualTo(2);
    assertThat(skills.getJsonObject(1).getString("level")).isEqualTo("expert");
    assertThat(RuleText.skills(" ")).isEmpty();
  }
}
