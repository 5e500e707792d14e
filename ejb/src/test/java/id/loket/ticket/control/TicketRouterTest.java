package id.loket.ticket.control;

import static id.loket.routing.entity.RuleAttribute.DEPARTMENT;
import static id.loket.routing.entity.RuleAttribute.LOCATION;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.identity.boundary.Placement;
import id.loket.routing.control.RoutingDecision;
import id.loket.routing.control.RoutingEngine;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.Urgency;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketRouterTest {

  private static final List<RoutingRule> RULES =
      List.of(
          RoutingRule.to(1, "FIN-SBY").when(DEPARTMENT, "Finance").when(LOCATION, "Surabaya"),
          RoutingRule.to(2, "FIN").when(DEPARTMENT, "Finance"));

  private static Ticket ticket() {
    return Ticket.open(
        TicketNumber.of(2026, 7),
        "rina",
        "Invoice run fails",
        "The monthly run stops at step 3",
        "software",
        Impact.MEDIUM,
        Urgency.MEDIUM,
        Instant.parse("2026-12-01T08:00:00Z"));
  }

  private static RoutingDecision route(Placement requester) {
    RoutingInput input = TicketRouter.input(ticket(), requester);
    return new RoutingEngine().route(input, RULES, Map.of(), "DESK");
  }

  @Test
  void theRequestersDepartmentAndLocationAreWhatRulesSee() {
    RoutingInput input = TicketRouter.input(ticket(), new Placement("Finance", "Jakarta"));
    assertThat(input.department()).isEqualTo("Finance");
    assertThat(input.location()).isEqualTo("Jakarta");
    assertThat(input.title()).isEqualTo("Invoice run fails");
  }

  @Test
  void aDepartmentRuleRoutesAndTheTraceNamesTheDepartmentInBothLanguages() {
    RoutingDecision decision = route(new Placement("finance", "Jakarta"));
    assertThat(decision.team()).isEqualTo("FIN");
    assertThat(decision.text(Locale.ENGLISH)).startsWith("rule 2: department=Finance → FIN");
    assertThat(decision.text(Locale.forLanguageTag("id")))
        .startsWith("aturan 2: departemen=Finance → FIN");
  }

  @Test
  void departmentAndLocationTogetherWinOverTheDepartmentAlone() {
    RoutingDecision decision = route(new Placement("Finance", "Surabaya"));
    assertThat(decision.team()).isEqualTo("FIN-SBY");
    assertThat(decision.text(Locale.ENGLISH))
        .startsWith("rule 1: department=Finance, location=Surabaya → FIN-SBY");
    assertThat(decision.text(Locale.forLanguageTag("id")))
        .startsWith("aturan 1: departemen=Finance, lokasi=Surabaya → FIN-SBY");
  }

  @Test
  void aRequesterNobodyPlacedMatchesNoDepartmentRule() {
    RoutingDecision decision = route(Placement.UNKNOWN);
    assertThat(decision.team()).isEqualTo("DESK");
  }
}
