package id.loket.report.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.loket.report.entity.AgeCount;
import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.Kpis;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import id.loket.report.entity.SlaWeek;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every report renders as a PDF from hand-made records, without a container: read back with
 * OpenPDF's reader, it has the pages expected, its title and filter in the reader's language, its
 * figures, and its charts' labels (the charts are vectors: their words are text).
 */
class ReportPdfTest {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
  private static final LocalDate TO = LocalDate.of(2026, 3, 29);
  private static final ReportFilter FILTER =
      new ReportFilter(FROM, TO, "network", null, null, null, "P2", "EMAIL");
  private static final Instant MADE = Instant.parse("2026-03-30T02:00:00Z");

  @Test
  void dashboardHasTheTilesAndThreeCharts() throws IOException {
    Dashboard d =
        new Dashboard(
            new Kpis(17, 4, 87.5, 92.0, 311, 240, 226, 4.2, 58),
            List.of(
                new SeriesPoint(FROM, "WARNING", 6),
                new SeriesPoint(FROM, "BREACH", 3),
                new SeriesPoint(FROM.plusWeeks(1), "NOT_SATISFIED", 8)),
            days(28),
            weeks());

    Read pdf = render(Locale.ENGLISH, r -> r.pdf.dashboard(FILTER, d, r.out));

    assertThat(pdf.text)
        .contains("Service desk dashboard", "Escalations raised", "17", "87.5 %", "311", "4.2")
        .contains("Escalations per week by level", "SLA warning", "Requester not satisfied")
        .contains("Tickets opened and resolved per day")
        .contains("Share of SLA targets met in time per week")
        .contains("network", "P2", "E-mail", "28 days");
    assertThat(pdf.pages).isEqualTo(2);
  }

  @Test
  void escalationsReportListsEveryBreakdown() throws IOException {
    EscalationReport e =
        new EscalationReport(
            23,
            5,
            11,
            7,
            List.of(new Count("WARNING", 9), new Count("REMINDER", 2)),
            List.of(new Count("SLA_BREACH", 14)),
            List.of(new Count("service-desk", 13)),
            List.of(new Count("hardware", 6)),
            List.of(new Count("P1", 4)),
            List.of(new SeriesPoint(FROM, "WARNING", 9), new SeriesPoint(FROM, "REMINDER", 2)),
            List.of(new Count("rina", 3)),
            List.of(new Count("vpn-access", 2)));

    Read pdf = render(INDONESIAN, r -> r.pdf.escalations(FILTER, e, r.out));

    assertThat(pdf.text)
        .contains("Laporan eskalasi", "Eskalasi diajukan", "23", "Ditanggapi", "11")
        .contains("Peringatan SLA", "Pengingat", "Pelanggaran SLA", "14", "service-desk", "13")
        .contains("hardware", "rina", "vpn-access", "Eskalasi per minggu menurut tingkat")
        .contains("2 Mar 2026", "29 Mar 2026", "(28 hari)");
    assertThat(pdf.pages).isBetween(1, 2);
  }

  @Test
  void slaReportHasBothTargetsAndTheWeeklyTrend() throws IOException {
    SlaReport s =
        new SlaReport(
            new SlaFigure(120, 105, 15, 3, 87.5, 1_800.0, 5_400.0),
            new SlaFigure(98, 90, 8, 6, 91.8, 36_000.0, null),
            weeks());

    Read pdf = render(Locale.ENGLISH, r -> r.pdf.sla(FILTER, s, r.out));

    assertThat(pdf.text)
        .contains("SLA compliance report", "First response", "Resolution", "120", "105", "87.5 %")
        .contains("91.8 %", "0 h 30 min", "1 h 30 min", "10 h 00 min")
        .contains("Share of SLA targets met in time per week", "Per week");
    assertThat(pdf.pages).isEqualTo(1);
  }

  @Test
  void backlogReportShowsAgesFlowAndTheOldestTickets() throws IOException {
    BacklogReport b =
        new BacklogReport(
            42,
            List.of(new AgeCount("D30_", "NEW", 7), new AgeCount("D0_1", "IN_PROGRESS", 35)),
            days(28),
            6,
            60);
    List<OldestRow> oldest =
        List.of(
            new OldestRow(
                9,
                "LKT-2026-000009-3",
                "Printer on floor 3 jams",
                "NEW",
                "workplace",
                null,
                "P3",
                Instant.parse("2026-01-05T03:00:00Z")));

    Read pdf = render(Locale.ENGLISH, r -> r.pdf.backlog(FILTER, b, oldest, r.out));

    assertThat(pdf.text)
        .contains("Backlog report", "Open tickets now", "42", "Reopen rate", "10 %")
        .contains("Over 30 days", "New", "Under a day", "In progress", "35")
        .contains("LKT-2026-000009-3", "Printer on floor 3 jams", "workplace")
        .contains("Tickets opened and resolved per day");
    assertThat(pdf.pages).as("28 days of flow make a second page").isGreaterThanOrEqualTo(2);
  }

  @Test
  void satisfactionReportHasTheDistributionAndTheLowRatings() throws IOException {
    SatisfactionReport s =
        new SatisfactionReport(
            31,
            3.9,
            List.of(
                new Count("1", 2),
                new Count("2", 1),
                new Count("3", 5),
                new Count("4", 9),
                new Count("5", 14)));
    List<RatingRow> low =
        List.of(
            new RatingRow(
                4,
                "LKT-2026-000123-7",
                1,
                "Nobody called back",
                "budi",
                Instant.parse("2026-03-10T08:00:00Z"),
                "network",
                "sari"));

    Read pdf = render(INDONESIAN, r -> r.pdf.satisfaction(FILTER, s, low, r.out));

    assertThat(pdf.text)
        .contains("Laporan kepuasan pelanggan", "Penilaian diberikan", "31", "3,9")
        .contains("Penilaian menurut nilai", "Penilaian rendah (1 atau 2)")
        .contains("LKT-2026-000123-7", "Nobody called back", "budi", "sari");
    assertThat(pdf.pages).isEqualTo(1);
  }

  @Test
  void loadReportChartsTheMostLoadedAgents() throws IOException {
    List<AgentLoad> agents = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      agents.add(new AgentLoad("agent" + i, i, 2L * i, i % 2 == 0 ? 12.5 : null));
    }
    LoadReport l = new LoadReport(agents, List.of(new AgentLoad("network", 210, 420, 30.0)));

    Read pdf = render(Locale.ENGLISH, r -> r.pdf.load(FILTER, l, r.out));

    assertThat(pdf.text)
        .contains("Agent and team load report", "Open tickets per agent", "Per agent", "Per team")
        .contains("agent20", "agent1", "12.5", "network", "210", "420", "30");
    assertThat(pdf.pages).isBetween(1, 2);
  }

  @Test
  void anEmptyWindowSaysSoInsteadOfEmptyTables() throws IOException {
    SlaReport s =
        new SlaReport(
            new SlaFigure(0, 0, 0, 0, null, null, null),
            new SlaFigure(0, 0, 0, 0, null, null, null),
            List.of());

    Read pdf = render(Locale.ENGLISH, r -> r.pdf.sla(FILTER, s, r.out));

    assertThat(pdf.text).contains("Nothing in this window.", "\u2014");
    assertThat(pdf.pages).isEqualTo(1);
  }

  private static List<DayFlow> days(int n) {
    List<DayFlow> days = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      days.add(new DayFlow(FROM.plusDays(i), 8 + i % 5, 7 + i % 4));
    }
    return days;
  }

  private static List<SlaWeek> weeks() {
    return List.of(
        new SlaWeek(FROM, 30, 27, 25, 23),
        new SlaWeek(FROM.plusWeeks(1), 28, 21, 22, 22),
        new SlaWeek(FROM.plusWeeks(2), 0, 0, 0, 0));
  }

  private record Rendering(ReportPdf pdf, ByteArrayOutputStream out) {}

  private record Read(int pages, String text) {}

  private static Read render(Locale locale, Consumer<Rendering> how) throws IOException {
    Rendering r =
        new Rendering(
            new ReportPdf(new PdfTexts(locale, JAKARTA), MADE, "maya"),
            new ByteArrayOutputStream());
    how.accept(r);
    byte[] bytes = r.out.toByteArray();
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(bytes);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return new Read(reader.getNumberOfPages(), text.toString());
    } finally {
      reader.close();
    }
  }
}
