package id.loket.routing.control;

import static id.loket.routing.entity.RuleAttribute.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.loket.routing.control.RuleProblem.Kind;
import id.loket.routing.entity.RoutingRule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

  private final RuleValidator validator = new RuleValidator();

  @Test
  void aValidTableHasNoProblems() {
    List<RoutingRule> rules =
        List.of(
            RoutingRule.to(20, "NET").when(CATEGORY, "network"),
            RoutingRule.to(99, "DESK"),
            RoutingRule.to(10, "SAP").when(CATEGORY, "sap"));

    assertThat(validator.problems(rules)).isEmpty();
    assertThat(validator.problems(rules, Set.of("NET", "DESK", "SAP"))).isEmpty();
    assertThat(validator.problems(List.of())).isEmpty();
  }

  @Test
  void orderMustBePositive() {
    List<RuleProblem> problems =
        validator.problems(
            List.of(
                RoutingRule.to(0, "NET").when(CATEGORY, "a"),
                RoutingRule.to(-3, "NET").when(CATEGORY, "b")));

    assertThat(problems)
        .extracting(RuleProblem::field, RuleProblem::kind)
        .containsExactly(
            tuple("rules[0].order", Kind.ORDER_NOT_POSITIVE),
            tuple("rules[1].order", Kind.ORDER_NOT_POSITIVE));
    assertThat(problems.get(1).message()).isEqualTo("order must be positive, was -3");
  }

  @Test
  void orderMustBeUnique() {
    List<RuleProblem> problems =
        validator.problems(
            List.of(
                RoutingRule.to(5, "NET").when(CATEGORY, "a"),
                RoutingRule.to(6, "NET").when(CATEGORY, "b"),
                RoutingRule.to(5, "SAP").when(CATEGORY, "c")));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).field()).isEqualTo("rules[2].order");
    assertThat(problems.get(0).kind()).isEqualTo(Kind.ORDER_DUPLICATE);
    assertThat(problems.get(0).message()).isEqualTo("order 5 is already used by rules[0]");
  }

  @Test
  void teamMustNotBeBlank() {
    List<RuleProblem> problems =
        validator.problems(
            List.of(
                RoutingRule.to(1, " ").when(CATEGORY, "a"),
                RoutingRule.to(2, null).when(CATEGORY, "b")));

    assertThat(problems)
        .extracting(RuleProblem::field)
        .containsExactly("rules[0].team", "rules[1].team");
    assertThat(problems).allMatch(p -> p.kind() == Kind.TEAM_BLANK);
  }

  @Test
  void aRuleWithoutConditionsIsOnlyAllowedLast() {
    List<RuleProblem> problems =
        validator.problems(
            List.of(
                RoutingRule.to(1, "DESK"),
                RoutingRule.to(2, "NET").when(CATEGORY, "network"),
                RoutingRule.to(3, "DESK")));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).field()).isEqualTo("rules[0].conditions");
    assertThat(problems.get(0).kind()).isEqualTo(Kind.CATCH_ALL_NOT_LAST);
    assertThat(problems.get(0).message()).contains("rule 1 has no conditions");
  }

  @Test
  void conditionsOfOnlyBlankValuesMakeACatchAll() {
    RoutingRule blank = RoutingRule.to(1, "NET").when(CATEGORY, " ", "");

    assertThat(blank.isCatchAll()).isTrue();
    assertThat(validator.problems(List.of(blank, RoutingRule.to(2, "SAP").when(CATEGORY, "sap"))))
        .extracting(RuleProblem::kind)
        .containsExactly(Kind.CATCH_ALL_NOT_LAST);
  }

  @Test
  void teamsCanBeCheckedAgainstTheKnownOnes() {
    List<RuleProblem> problems =
        validator.problems(
            List.of(RoutingRule.to(1, "NET").when(CATEGORY, "a"), RoutingRule.to(2, "GONE")),
            Set.of("NET"));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).field()).isEqualTo("rules[1].team");
    assertThat(problems.get(0).kind()).isEqualTo(Kind.TEAM_UNKNOWN);
  }

  @Test
  void reportsEveryProblemAtOnceIncludingMissingRules() {
    List<RuleProblem> problems =
        validator.problems(Arrays.asList(RoutingRule.to(0, ""), null, RoutingRule.to(0, "NET")));

    assertThat(problems)
        .extracting(RuleProblem::kind)
        .containsExactly(
            Kind.ORDER_NOT_POSITIVE,
            Kind.TEAM_BLANK,
            Kind.MISSING_RULE,
            Kind.ORDER_NOT_POSITIVE,
            Kind.ORDER_DUPLICATE,
            Kind.CATCH_ALL_NOT_LAST);
  }
}
