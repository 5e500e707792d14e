package id.loket.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import id.loket.report.entity.SubscriptionFrequency;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTextTest {

  private static final LocalDate DAY = LocalDate.parse("2026-12-02");

  private static DigestFigures all(ReportFilter f) {
    EscalationReport esc =
        new EscalationReport(
            3,
            1,
            1,
            1,
            List.of(new Count("WARNING", 1), new Count("BREACH", 2), new Count("REMINDER", 0)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    SlaReport sla =
        new SlaReport(
            new SlaFigure(8, 7, 1, 1, 87.5, 5400.0, 7200.0),
            new SlaFigure(4, 4, 0, 2, 100.0, null, null),
            List.of());
    BacklogReport backlog = new BacklogReport(12, List.of(), List.of(new DayFlow(DAY, 5, 4)), 1, 4);
    SatisfactionReport csat = new SatisfactionReport(10, 4.25, List.of());
    List<AgentLoad> agents =
        List.of(
            new AgentLoad("a1", 1, 0, null),
            new AgentLoad("a2", 9, 2, null),
            new AgentLoad("a3", 3, 0, null),
            new AgentLoad("a4", 0, 7, null),
            new AgentLoad("a5", 4, 1, null),
            new AgentLoad("a6", 2, 0, null),
            new AgentLoad("a7", 5, 0, null));
    return new DigestFigures(
        SubscriptionFrequency.DAILY, f, esc, sla, backlog, csat, new LoadReport(agents, List.of()));
  }

  private static ReportFilter window() {
    return new ReportFilter(DAY, DAY, null, null, null, null, null, null);
  }

  @Test
  void englishDigestHasEachReportsKeyFigures() {
    DigestText.Text t = new DigestText("en").render(all(window()), "https://desk.example/");
    assertThat(t.subject()).isEqualTo("Loket daily digest 2026-12-02");
    assertThat(t.body())
        .contains("Period: 2026-12-02")
        .contains("Filters: none")
        .contains("Total: 3, still open: 1")
        .contains("By level: warning 1, breach 2")
        .doesNotContain("reminder 0")
        .contains("First response met in time: 87.5 % (MTTA 1.5 h)")
        .contains("Resolution met in time: 100.0 % (MTTR -)")
        .contains("Breaches: 4")
        .contains("Open now: 12")
        .contains("Created: 5, resolved: 4")
        .contains("Reopen rate: 25.0 %")
        .contains("CSAT: 4.3 of 5 (10 ratings)")
        .contains(
            "Dashboard: https://desk.example/manager/reports.xhtml?from=2026-12-02&to=2026-12-02");
  }

  @Test
  void theLoadShowsTheFiveAgentsWithMostOpenTickets() {
    String body = new DigestText("en").render(all(window()), "").body();
    assertThat(body).contains("a2: 9 open, 2 resolved");
    assertThat(body.indexOf("a2:")).isLessThan(body.indexOf("a7:"));
    assertThat(body.indexOf("a7:")).isLessThan(body.indexOf("a5:"));
    assertThat(body).contains("a3:", "a6:").doesNotContain("a1:").doesNotContain("a4:");
  }

  @Test
  void indonesianDigestIsInIndonesianWithDecimalCommas() {
    DigestText.Text t = new DigestText("id").render(all(window()), "");
    assertThat(t.subject()).isEqualTo("Ringkasan harian Loket 2026-12-02");
    assertThat(t.body())
        .contains("Periode: 2026-12-02")
        .contains("Filter: tidak ada")
        .contains("Eskalasi")
        .contains("Total: 3, masih terbuka: 1")
        .contains("Respons pertama tepat waktu: 87,5 % (MTTA 1,5 jam)")
        .contains("Terbuka saat ini: 12")
        .contains("Dibuat: 5, diselesaikan: 4")
        .contains("CSAT: 4,3 dari 5 (10 penilaian)")
        .contains("Dasbor: manager/reports.xhtml?")
        .doesNotContain("Open now")
        .doesNotContain("ratings");
  }

  @Test
  void onlyTheChosenReportsAreShownAndUnknownFiguresAreADash() {
    DigestFigures only =
        new DigestFigures(
            SubscriptionFrequency.WEEKLY,
            new ReportFilter(DAY.minusDays(6), DAY, "IT", null, null, null, "P1", null),
            null,
            null,
            null,
            new SatisfactionReport(0, null, List.of()),
            null);
    DigestText.Text t = new DigestText("en").render(only, "/");
    assertThat(t.subject()).isEqualTo("Loket weekly digest 2026-11-26 – 2026-12-02");
    assertThat(t.body())
        .contains("Filters: team=IT, priority=P1")
        .contains("CSAT: - of 5 (0 ratings)")
        .doesNotContain("Escalations")
        .doesNotContain("Backlog")
        .doesNotContain("Load")
        .contains("/manager/reports.xhtml?from=2026-11-26&to=2026-12-02&team=IT&priority=P1");
  }

  @Test
  void filterValuesAreEncodedInTheLink() {
    ReportFilter f = new ReportFilter(DAY, DAY, null, null, "a b&c", null, null, null);
    assertThat(DigestText.link("", f)).endsWith("category=a+b%26c");
  }

  @Test
  void anyOtherLanguageIsEnglish() {
    assertThat(new DigestText("fr").language()).isEqualTo("en");
    assertThat(new DigestText(null).language()).isEqualTo("en");
    assertThat(new DigestText("id").language()).isEqualTo("id");
  }
}
