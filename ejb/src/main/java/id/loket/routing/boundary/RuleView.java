package id.loket.routing.boundary;

import java.util.List;
import java.util.Map;

/**
 * A stored routing rule.
 *
 * @param conditions attribute (TYPE, CATEGORY, SERVICE, KEYWORD, DEPARTMENT, LOCATION) to the
 *     values it accepts
 */
public record RuleView(
    long id,
    int position,
    String team,
    Map<String, List<String>> conditions,
    List<Skill> requiredSkills,
    boolean active,
    long version) {

  /** A skill an agent needs, at least at {@code level} (1–3). */
  public record Skill(String skill, int level) {}
}
