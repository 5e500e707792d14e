package id.loket.routing.control;

import id.loket.routing.control.RoutingTrace.Condition;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first rule, by ascending order, whose every condition holds for a ticket, and says
 * which values made each condition hold. Rules with equal order keep their list order.
 */
final class RuleMatcher {

  /** The rule that matched and, in {@link RuleAttribute} order, the conditions that held. */
  record Match(RoutingRule rule, List<Condition> held) {}

  private RuleMatcher() {}

  static Optional<Match> firstMatch(RoutingInput ticket, List<RoutingRule> rules) {
    List<RoutingRule> ordered =
        rules.stream().sorted(Comparator.comparingInt(RoutingRule::order)).toList();
    for (RoutingRule rule : ordered) {
      Optional<List<Condition>> held = held(ticket, rule);
      if (held.isPresent()) {
        return Optional.of(new Match(rule, held.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * @return the conditions of {@code rule} that hold for {@code ticket}, or empty if one does not
   */
  static Optional<List<Condition>> held(RoutingInput ticket, RoutingRule rule) {
    List<Condition> held = new ArrayList<>();
    for (RuleAttribute attribute : RuleAttribute.values()) {
      Set<String> accepted = rule.conditions().get(attribute);
      if (accepted == null) {
        continue;
      }
      Optional<String> value =
          attribute == RuleAttribute.KEYWORD
              ? keywordFound(ticket, accepted)
              : equalOne(ticket.value(attribute), accepted);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      held.add(new Condition(attribute, value.get()));
    }
    return Optional.of(held);
  }

  private static Optional<String> equalOne(String actual, Set<String> accepted) {
    String folded = Words.fold(actual);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    return accepted.stream().filter(value -> Words.fold(value).equals(folded)).findFirst();
  }

  /** Title and description are searched apart, so a phrase never spans the two. */
  private static Optional<String> keywordFound(RoutingInput ticket, Set<String> keywords) {
    List<String> title = Words.tokens(ticket.title());
    List<String> description = Words.tokens(ticket.description());
    return keywords.stream()
        .filter(
            keyword -> {
              List<String> phrase = Words.tokens(keyword);
              return Words.containsPhrase(title, phrase)
                  || Words.containsPhrase(description, phrase);
            })
        .findFirst();
  }
}
