package id.loket.routing.control;

import id.loket.routing.control.RuleProblem.Kind;
import id.loket.routing.entity.RoutingRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a routing table before it is saved: orders positive and unique, every rule naming a team,
 * and a rule without conditions (which matches every ticket) only as the last one, since it would
 * silently hide every rule after it.
 *
 * <p>The validator <em>returns</em> all problems instead of throwing at the first, so that an admin
 * page can mark every bad field at once; an empty list means the table is valid. A caller that
 * wants an exception can throw one when the list is not empty.
 */
public final class RuleValidator {

  /**
   * @return the problems of {@code rules}, in list order; empty if there are none
   */
  public List<RuleProblem> problems(List<RoutingRule> rules) {
    Objects.requireNonNull(rules, "rules");
    List<RuleProblem> problems = new ArrayList<>();
    Map<Integer, Integer> firstIndexOfOrder = new HashMap<>();
    int lastOrder =
        rules.stream().filter(Objects::nonNull).mapToInt(RoutingRule::order).max().orElse(0);
    for (int i = 0; i < rules.size(); i++) {
      RoutingRule rule = rules.get(i);
      String field = "rules[" + i + "]";
      if (rule == null) {
        problems.add(new RuleProblem(field, Kind.MISSING_RULE, field + " is missing"));
        continue;
      }
      if (rule.order() <= 0) {
        problems.add(
            new RuleProblem(
                field + ".order",
                Kind.ORDER_NOT_POSITIVE,
                "order must be positive, was " + rule.order()));
      }
      Integer first = firstIndexOfOrder.putIfAbsent(rule.order(), i);
      if (first != null) {
        problems.add(
            new RuleProblem(
                field + ".order",
                Kind.ORDER_DUPLICATE,
                "order " + rule.order() + " is already used by rules[" + first + "]"));
      }
      if (rule.team() == null || rule.team().isBlank()) {
        problems.add(new RuleProblem(field + ".team", Kind.TEAM_BLANK, "team must not be blank"));
      }
      if (rule.isCatchAll() && (rule.order() < lastOrder || first != null)) {
        problems.add(
            new RuleProblem(
                field + ".conditions",
                Kind.CATCH_ALL_NOT_LAST,
                "rule "
                    + rule.order()
                    + " has no conditions and matches every ticket; only the last rule may"));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * {@link #problems(List)}, and also every team code that is not in {@code knownTeams}.
   *
   * @return the problems of {@link #problems(List)}, then those of unknown teams in list order;
   *     empty if there are none
   */
  public List<RuleProblem> problems(List<RoutingRule> rules, Set<String> knownTeams) {
    Objects.requireNonNull(knownTeams, "knownTeams");
    List<RuleProblem> problems = new ArrayList<>(problems(rules));
    for (int i = 0; i < rules.size(); i++) {
      RoutingRule rule = rules.get(i);
      if (rule != null
          && rule.team() != null
          && !rule.team().isBlank()
          && !knownTeams.contains(rule.team().strip())) {
        problems.add(
            new RuleProblem(
                "rules[" + i + "].team", Kind.TEAM_UNKNOWN, "team " + rule.team() + " is unknown"));
      }
    }
    return List.copyOf(problems);
  }
}
