package id.loket.routing.control;

import static id.loket.routing.entity.RuleAttribute.CATEGORY;
import static id.loket.routing.entity.RuleAttribute.DEPARTMENT;
import static id.loket.routing.entity.RuleAttribute.KEYWORD;
import static id.loket.routing.entity.RuleAttribute.LOCATION;
import static id.loket.routing.entity.RuleAttribute.SERVICE;
import static id.loket.routing.entity.RuleAttribute.TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.routing.control.RoutingTrace.Condition;
import id.loket.routing.entity.Agent;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.TeamRoster;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleMatchingTest {

  private static final String DEFAULT = "DESK";
  private static final Map<String, TeamRoster> TEAMS =
      Map.of(
          "DESK", TeamRoster.of("DESK", "Service Desk", Agent.of("desi", 10)),
          "NET", TeamRoster.of("NET", "Network", Agent.of("nanda", 10)),
          "NET-SBY", TeamRoster.of("NET-SBY", "Network Surabaya", Agent.of("surya", 10)),
          "SAP", TeamRoster.of("SAP", "SAP Support", Agent.of("sari", 10)),
          "HW", TeamRoster.of("HW", "Hardware", Agent.of("hadi", 10)));

  private final RoutingEngine engine = new RoutingEngine();

  private static RoutingInput ticket(
      String type, String category, String service, String department, String location) {
    return new RoutingInput(type, category, service, "Help", null, department, location);
  }

  private RoutingDecision route(RoutingInput ticket, RoutingRule... rules) {
    return engine.route(ticket, List.of(rules), TEAMS, DEFAULT);
  }

  @Test
  void triesRulesByAscendingOrderNotListOrder() {
    RoutingRule broad = RoutingRule.to(20, "NET").when(CATEGORY, "network");
    RoutingRule narrow =
        RoutingRule.to(10, "NET-SBY").when(CATEGORY, "network").when(LOCATION, "Surabaya");

    RoutingDecision inSurabaya =
        route(ticket(null, "network", null, null, "Surabaya"), broad, narrow);
    RoutingDecision inJakarta =
        route(ticket(null, "network", null, null, "Jakarta"), broad, narrow);

    assertThat(inSurabaya.team()).isEqualTo("NET-SBY");
    assertThat(inSurabaya.trace().ruleOrder()).isEqualTo(10);
    assertThat(inJakarta.team()).isEqualTo("NET");
    assertThat(inJakarta.trace().ruleOrder()).isEqualTo(20);
  }

  @Test
  void firstMatchingRuleWinsEvenIfALaterOneIsMoreSpecific() {
    RoutingRule first = RoutingRule.to(1, "NET").when(CATEGORY, "network");
    RoutingRule later = RoutingRule.to(2, "SAP").when(CATEGORY, "network").when(SERVICE, "SAP ERP");

    RoutingDecision decision = route(ticket(null, "network", "SAP ERP", null, null), first, later);

    assertThat(decision.team()).isEqualTo("NET");
  }

  @Test
  void everyConditionOfARuleMustHold() {
    RoutingRule rule = RoutingRule.to(1, "SAP").when(TYPE, "incident").when(DEPARTMENT, "Finance");

    assertThat(route(ticket("incident", null, null, "Finance", null), rule).team())
        .isEqualTo("SAP");
    assertThat(route(ticket("incident", null, null, "Sales", null), rule).team())
        .isEqualTo(DEFAULT);
    assertThat(route(ticket("request", null, null, "Finance", null), rule).team())
        .isEqualTo(DEFAULT);
  }

  @Test
  void aMissingTicketValueDoesNotSatisfyACondition() {
    RoutingRule rule = RoutingRule.to(1, "SAP").when(DEPARTMENT, "Finance");

    assertThat(route(ticket(null, null, null, null, null), rule).team()).isEqualTo(DEFAULT);
  }

  @ParameterizedTest(name = "{0} accepts {1}: {2}")
  @CsvSource({
    "TYPE,       incident,  incident, true",
    "TYPE,       incident,  INCIDENT, true",
    "TYPE,       incident,  request,  false",
    "CATEGORY,   network,   network,  true",
    "CATEGORY,   network,   laptops,  false",
    "SERVICE,    SAP ERP,   sap  erp, true",
    "SERVICE,    SAP ERP,   SAP HR,   false",
    "DEPARTMENT, Keuangan,  keuangan, true",
    "DEPARTMENT, Keuangan,  Finance,  false",
    "LOCATION,   Bogotá,    BOGOTA,   true",
    "LOCATION,   Surabaya,  Jakarta,  false",
  })
  void eachConditionKindComparesWithoutCaseOrAccents(
      String attribute, String accepted, String actual, boolean matches) {
    RuleAttribute kind = RuleAttribute.valueOf(attribute);
    RoutingRule rule = RoutingRule.to(1, "NET").when(kind, accepted);
    RoutingInput ticket =
        new RoutingInput(
            kind == TYPE ? actual : null,
            kind == CATEGORY ? actual : null,
            kind == SERVICE ? actual : null,
            "Help",
            null,
            kind == DEPARTMENT ? actual : null,
            kind == LOCATION ? actual : null);

    RoutingDecision decision = route(ticket, rule);

    assertThat(decision.team()).isEqualTo(matches ? "NET" : DEFAULT);
    if (matches) {
      assertThat(decision.trace().conditions()).containsExactly(new Condition(kind, accepted));
    }
  }

  @Test
  void anyOfSeveralValuesSatisfiesACondition() {
    RoutingRule rule = RoutingRule.to(1, "HW").when(CATEGORY, "laptops", "printers");

    RoutingDecision decision = route(ticket(null, "printers", null, null, null), rule);

    assertThat(decision.team()).isEqualTo("HW");
    assertThat(decision.trace().conditions()).containsExactly(new Condition(CATEGORY, "printers"));
  }

  @ParameterizedTest(name = "keyword {0} in \"{1}\": {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vpn        | VPN drops every hour              | true",
        "vpn        | my vpn, again!                    | true",
        "vpn        | the vpnclient crashes             | false",
        "vpn        | openvpn is slow                   | false",
        "café       | the CAFE printer jams             | true",
        "cafe       | Café wifi is down                 | true",
        "wi-fi      | no Wi-Fi in room 3                | true",
        "wi-fi      | no wifi in room 3                 | false",
        "sap gui    | SAP GUI freezes                   | true",
        "sap gui    | GUI of SAP freezes                | false",
        "laptop     | laptops ordered                   | false",
      })
  void keywordsMatchWholeWordsWithoutCaseOrAccents(String keyword, String title, boolean matches) {
    RoutingRule rule = RoutingRule.to(1, "NET").when(KEYWORD, keyword);

    RoutingDecision decision = route(RoutingInput.of(title, null), rule);

    assertThat(decision.team()).isEqualTo(matches ? "NET" : DEFAULT);
  }

  @Test
  void keywordsAreFoundInTheDescriptionAndNormalisedUnicodeAlike() {
    String decomposed = "Cafe\u0301";
    RoutingRule rule = RoutingRule.to(1, "NET").when(KEYWORD, "printer", "café");

    RoutingDecision decision =
        route(RoutingInput.of("Cannot print", "at the " + decomposed + " on floor 2"), rule);

    assertThat(decision.team()).isEqualTo("NET");
    assertThat(decision.trace().conditions()).containsExactly(new Condition(KEYWORD, "café"));
  }

  @Test
  void aPhraseDoesNotSpanTitleAndDescription() {
    RoutingRule rule = RoutingRule.to(1, "SAP").when(KEYWORD, "sap gui");

    assertThat(route(RoutingInput.of("Problem with SAP", "GUI hangs"), rule).team())
        .isEqualTo(DEFAULT);
  }

  @Test
  void noMatchingRuleChoosesTheDefaultTeamAndTheTraceSaysSo() {
    RoutingRule rule = RoutingRule.to(1, "NET").when(CATEGORY, "network");

    RoutingDecision decision = route(ticket(null, "laptops", null, null, null), rule);

    assertThat(decision.team()).isEqualTo(DEFAULT);
    assertThat(decision.trace().isDefaultTeam()).isTrue();
    assertThat(decision.trace().ruleOrder()).isNull();
    assertThat(decision.trace().conditions()).isEmpty();
    assertThat(decision.text(Locale.ENGLISH))
        .startsWith("no rule matched → default team Service Desk");
  }

  @Test
  void aCatchAllRuleMatchesEverything() {
    RoutingRule network = RoutingRule.to(1, "NET").when(CATEGORY, "network");
    RoutingRule rest = RoutingRule.to(99, "HW");

    RoutingDecision decision = route(ticket(null, "laptops", null, null, null), network, rest);

    assertThat(decision.team()).isEqualTo("HW");
    assertThat(decision.trace().isDefaultTeam()).isFalse();
    assertThat(decision.text(Locale.ENGLISH)).startsWith("rule 99: any ticket → Hardware");
  }

  @Test
  void aRuleNamingAnUnknownTeamLeavesTheTicketUnassignedInThatTeam() {
    RoutingRule rule = RoutingRule.to(1, "GONE").when(CATEGORY, "network");

    RoutingDecision decision = route(ticket(null, "network", null, null, null), rule);

    assertThat(decision.team()).isEqualTo("GONE");
    assertThat(decision.assignee()).isNull();
    assertThat(decision.trace().outcome()).isEqualTo(RoutingTrace.Outcome.UNKNOWN_TEAM);
  }

  @Test
  void refusesMissingArguments() {
    RoutingInput ticket = RoutingInput.of("Help", null);
    assertThatThrownBy(() -> engine.route(ticket, List.of(), TEAMS, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default team");
    assertThatThrownBy(() -> engine.route(null, List.of(), TEAMS, DEFAULT))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RoutingInput.of(null, "no title"))
        .isInstanceOf(NullPointerException.class);
  }
}
