package id.loket.routing.control;

import static id.loket.routing.entity.RuleAttribute.CATEGORY;
import static id.loket.routing.entity.RuleAttribute.KEYWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.routing.entity.Agent;
import id.loket.routing.entity.RoutingInput;
import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.TeamRoster;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceTextTest {

  private final RoutingDecision decision = representative();

  private static RoutingDecision representative() {
    List<RoutingRule> rules =
        List.of(
            RoutingRule.to(1, "SAP").when(CATEGORY, "sap"),
            RoutingRule.to(4, "NET")
                .when(CATEGORY, "network")
                .when(KEYWORD, "wifi", "vpn")
                .requiring("network", 3));
    TeamRoster network =
        TeamRoster.of(
            "NET",
            "Network",
            Agent.of("ani", 5).withAway(true).withSkill("network", 5),
            Agent.of("budi", 5).withSkill("network", 2),
            Agent.of("citra", 5).withOpenLoad(5).withSkill("network", 4),
            Agent.of("dewi", 5).withOpenLoad(2).withSkill("network", 3),
            Agent.of("eko", 5).withOpenLoad(3).withSkill("network", 5));
    RoutingInput ticket =
        new RoutingInput(null, "network", null, "VPN keeps dropping", null, null, null);
    return new RoutingEngine().route(ticket, rules, Map.of("NET", network), "DESK");
  }

  @Test
  void rendersEnglish() {
    assertThat(decision.text(Locale.ENGLISH))
        .isEqualTo(
            """
            rule 4: category=network, keyword=vpn → Network
            required skills: network ≥ 3
            ani: skipped, away
            budi: skipped, missing skill network (has level 2 of 3)
            citra: skipped, at capacity (load 5 of 5)
            dewi: eligible; skills 1/1; load 2 of 5
            eko: eligible; skills 1/1; load 3 of 5
            → dewi: lowest load; skills 1/1; load 2 of 5""");
  }

  @Test
  void rendersIndonesian() {
    assertThat(decision.text(Locale.forLanguageTag("id-ID")))
        .isEqualTo(
            """
            aturan 4: kategori=network, kata kunci=vpn → Network
            keahlian wajib: network ≥ 3
            ani: dilewati, sedang tidak hadir
            budi: dilewati, kurang keahlian network (level 2 dari 3)
            citra: dilewati, kapasitas penuh (beban 5 dari 5)
            dewi: memenuhi syarat; keahlian 1/1; beban 2 dari 5
            eko: memenuhi syarat; keahlian 1/1; beban 3 dari 5
            → dewi: beban paling sedikit; keahlian 1/1; beban 2 dari 5""");
  }

  @Test
  void englishIsTheDefaultForOtherOrMissingLocales() {
    String english = decision.text(Locale.ENGLISH);

    assertThat(decision.trace().text()).isEqualTo(english);
    assertThat(decision.text(Locale.GERMAN)).isEqualTo(english);
    assertThat(decision.text(null)).isEqualTo(english);
    assertThat(decision.text(new Locale("in"))).isNotEqualTo(english).startsWith("aturan 4");
  }

  @Test
  void indonesianDefaultTeamAndNobodyEligible() {
    TeamRoster desk = TeamRoster.of("DESK", "Service Desk", Agent.of("ani", 1).withOpenLoad(1));

    RoutingDecision fallback =
        new RoutingEngine()
            .route(RoutingInput.of("Halo", null), List.of(), Map.of("DESK", desk), "DESK");

    assertThat(fallback.text(Locale.forLanguageTag("id")))
        .isEqualTo(
            """
            tidak ada aturan yang cocok → tim bawaan Service Desk
            ani: dilewati, kapasitas penuh (beban 1 dari 1)
            tidak ada yang memenuhi syarat; tiket tetap belum ditugaskan di antrean Service Desk""");
  }

  @Test
  void theStructuredTraceHoldsWhatTheTextSays() {
    RoutingTrace trace = decision.trace();

    assertThat(trace.ruleOrder()).isEqualTo(4);
    assertThat(trace.conditions())
        .containsExactly(
            new RoutingTrace.Condition(CATEGORY, "network"),
            new RoutingTrace.Condition(KEYWORD, "vpn"));
    assertThat(trace.assignee()).isEqualTo("dewi");
    assertThat(trace.winReason()).isEqualTo(RoutingTrace.WinReason.LOWEST_LOAD);
    assertThat(trace.candidates()).hasSize(5);
  }
}
