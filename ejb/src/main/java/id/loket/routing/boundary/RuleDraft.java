package id.loket.routing.boundary;

import id.loket.shared.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * A routing rule as an administrator writes it: its position in the table, the team, the conditions
 * ({@code {"CATEGORY": ["network"], "KEYWORD": ["vpn"]}}) and the skills an agent needs ({@code
 * [{"skill": "network", "level": 2}]}).
 */
public class RuleDraft {

  private Integer position;
  private String team;
  private JsonObject conditions;
  private JsonArray requiredSkills;

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = Text.cleanOrNull(team);
  }

  public JsonObject getConditions() {
    return conditions;
  }

  public void setConditions(JsonObject conditions) {
    this.conditions = conditions;
  }

  public JsonArray getRequiredSkills() {
    return requiredSkills;
  }

  public void setRequiredSkills(JsonArray requiredSkills) {
    this.requiredSkills = requiredSkills;
  }
}
