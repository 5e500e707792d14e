package id.loket.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.routing.entity.Agent;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.TeamRoster;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored trace reads back as the trace that was stored, in either language. */
class TraceJsonTest {

  private final RoutingEngine engine = new RoutingEngine();

  @Test
  void aDecisionWithCandidatesSurvivesTheRoundTrip() {
    TeamRoster network =
        TeamRoster.of(
            "network",
            "Network",
            Agent.of("sari", 5).withSkill("network", 3).withOpenLoad(2),
            Agent.of("dewi", 5).withSkill("network", 1),
            Agent.of("andi", 5).withSkill("network", 3).withAway(true),
            Agent.of("budi", 2)
                .withSkill("network", 3)
                .withOpenLoad(2)
                .withLastAssignedAt(Instant.parse("2026-03-01T10:00:00Z")));
    RoutingDecision decision =
        engine.route(
            RoutingInput.of("VPN drops", "The vpn disconnects"),
            List.of(
                RoutingRule.to(4, "network")
                    .when(RuleAttribute.KEYWORD, "vpn")
                    .requiring("network", 2)),
            Map.of("network", network),
            "service-desk");

    String json = TraceJson.write(decision.trace(), "Jaringan");
    RoutingTrace english = TraceJson.read(json, false);
    assertThat(english).isEqualTo(decision.trace());
    assertThat(english.text(Locale.ENGLISH)).isEqualTo(decision.text(Locale.ENGLISH));

    RoutingTrace indonesian = TraceJson.read(json, true);
    assertThat(indonesian.teamName()).isEqualTo("Jaringan");
    assertThat(indonesian.text(Locale.forLanguageTag("id")))
        .contains("aturan 4")
        .contains("Jaringan")
        .contains("sedang tidak hadir");
  }

  @Test
  void theDefaultTeamWithoutRosterReadsBack() {
    RoutingDecision decision =
        engine.route(RoutingInput.of("Hello", null), List.of(), Map.of(), "service-desk");
    RoutingTrace back = TraceJson.read(TraceJson.write(decision.trace(), null), true);
    assertThat(back).isEqualTo(decision.trace());
    assertThat(back.isDefaultTeam()).isTrue();
  }
}
