package id.loket.routing.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of the routing table: "if the ticket looks like this, it belongs to that team, and the
 * agent needs these skills".
 *
 * <p>Rules are tried by ascending {@code order} and the first that holds decides, as in a mail
 * filter or a firewall: administrators can read the table top to bottom and know which rule wins
 * without reasoning about priorities. A rule holds when every attribute it names accepts the
 * ticket's value (any of the listed values will do); attributes it does not name accept anything. A
 * rule that names no attribute at all is a catch-all and belongs at the end.
 *
 * <p>The record keeps what it is given apart from blank condition values, which are dropped (with
 * the attribute, if no value is left); whether order and team make sense is for {@code
 * id.loket.routing.control.RuleValidator} to say, so that an admin page can show every problem at
 * once.
 *
 * @param order position in the table, lowest first; positive and unique in a valid table
 * @param team code of the team that gets matching tickets
 * @param conditions for each attribute the rule looks at, the values it accepts
 * @param requiredSkills skills an agent must have at least at the given level
 */
public record RoutingRule(
    int order,
    String team,
    Map<RuleAttribute, Set<String>> conditions,
    List<SkillLevel> requiredSkills) {

  public RoutingRule {
    Map<RuleAttribute, Set<String>> copy = new EnumMap<>(RuleAttribute.class);
    if (conditions != null) {
      conditions.forEach(
          (attribute, values) -> {
            Set<String> kept = new LinkedHashSet<>();
            if (values != null) {
              values.stream()
                  .filter(v -> v != null && !v.isBlank())
                  .map(String::strip)
                  .forEach(kept::add);
            }
            if (attribute != null && !kept.isEmpty()) {
              copy.put(attribute, Collections.unmodifiableSet(kept));
            }
          });
    }
    conditions = Collections.unmodifiableMap(copy);
    requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
  }

  /**
   * A rule without conditions or required skills; add them with {@link #when} and {@link
   * #requiring}.
   */
  public static RoutingRule to(int order, String team) {
    return new RoutingRule(order, team, Map.of(), List.of());
  }

  /**
   * This rule, accepting for {@code attribute} any of {@code values} (besides those it already
   * accepted).
   */
  public RoutingRule when(RuleAttribute attribute, String... values) {
    Map<RuleAttribute, Set<String>> more = new EnumMap<>(RuleAttribute.class);
    more.putAll(conditions);
    Set<String> accepted = new LinkedHashSet<>(conditions.getOrDefault(attribute, Set.of()));
    accepted.addAll(List.of(values));
    more.put(attribute, accepted);
    return new RoutingRule(order, team, more, requiredSkills);
  }

  /** This rule, also requiring {@code skill} at least at {@code level}. */
  public RoutingRule requiring(String skill, int level) {
    List<SkillLevel> more = new ArrayList<>(requiredSkills);
    more.add(new SkillLevel(skill, level));
    return new RoutingRule(order, team, conditions, more);
  }

  /**
   * @return whether the rule names no condition and so matches every ticket
   */
  public boolean isCatchAll() {
    return conditions.isEmpty();
  }
}
