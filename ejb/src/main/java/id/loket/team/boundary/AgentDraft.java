package id.loket.team.boundary;

import id.loket.shared.InvalidFieldException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an administrator or lead sets on an agent: away, capacity (absent: no limit) and the skills,
 * {@code {"network": 3, "laptops": 2}} (levels 1–3; all of them afterwards).
 */
public class AgentDraft {

  private boolean away;
  private Integer capacity;
  private JsonObject skills;

  public boolean isAway() {
    return away;
  }

  public void setAway(boolean away) {
    this.away = away;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public JsonObject getSkills() {
    return skills;
  }

  public void setSkills(JsonObject skills) {
    this.skills = skills;
  }

  /**
   * @return skill name (trimmed, lower case) to level; levels are checked by the boundary
   * @throws InvalidFieldException for a level that is not a whole number
   */
  public Map<String, Integer> skillMap() {
    Map<String, Integer> map = new TreeMap<>();
    if (skills == null) {
      return map;
    }
    skills.forEach(
        (name, value) -> {
          if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new InvalidFieldException("skills." + name, "team.level.invalid");
          }
          map.put(name.strip().toLowerCase(Locale.ROOT), n.intValue());
        });
    return map;
  }
}
