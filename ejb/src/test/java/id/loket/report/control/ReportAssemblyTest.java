package id.loket.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.Count;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaWeek;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grouped rows of the report statements become the report records, summed the right way. */
class ReportAssemblyTest {

  static final LocalDate W1 = LocalDate.parse("2026-08-31");
  static final LocalDate W2 = LocalDate.parse("2026-09-07");

  @Test
  void escalationsAreSummedByLevelCauseDimensionWeekAndCaseState() {
    List<Object[]> groups =
        List.of(
            new Object[] {"SLA", 1, "net", "network", "P2", Date.valueOf(W1), "ACKNOWLEDGED", 1L},
            new Object[] {"SLA", 2, "net", "network", "P2", Date.valueOf(W1), "OPEN", 2L},
            new Object[] {"SLA", 4, null, "hardware", "P1", W2, "OPEN", 1L},
            new Object[] {"REQUESTER", null, "net", "hardware", "P3", W2, "CLOSED", 3L});
    List<Object[]> repeats =
        List.of(
            new Object[] {0, "rina", null, 2L},
            new Object[] {1, null, "laptop", 4L},
            new Object[] {0, "budi", null, 3L});
    EscalationReport r = ReportAssembly.escalations(groups, repeats);
    assertThat(r.total()).isEqualTo(7);
    assertThat(r.open()).isEqualTo(3);
    assertThat(r.acknowledged()).isEqualTo(1);
    assertThat(r.closed()).isEqualTo(3);
    assertThat(r.byLevel())
        .containsExactly(
            new Count("WARNING", 1),
            new Count("BREACH", 2),
            new Count("SECOND_LEVEL", 0),
            new Count("REMINDER", 1),
            new Count("NOT_SATISFIED", 3));
    assertThat(r.byCause())
        .containsExactly(
            new Count("SLA_WARNING", 1), new Count("SLA_BREACH", 3), new Count("NOT_SATISFIED", 3));
    assertThat(r.byTeam()).containsExactly(new Count("net", 6), new Count("", 1));
    assertThat(r.byPriority())
        .containsExactly(new Count("P1", 1), new Count("P2", 3), new Count("P3", 3));
    assertThat(r.perWeek())
        .hasSize(10)
        .contains(new SeriesPoint(W1, "BREACH", 2), new SeriesPoint(W2, "NOT_SATISFIED", 3))
        .contains(new SeriesPoint(W2, "WARNING", 0));
    assertThat(r.repeatRequesters()).containsExactly(new Count("budi", 3), new Count("rina", 2));
    assertThat(r.repeatServices()).containsExactly(new Count("laptop", 4));
  }

  @Test
  void slaFiguresRoundSharesAndTimesAndKeepUnknownsNull() {
    SlaFigure f =
        ReportAssembly.figure(new Object[] {"RESOLUTION", null, 3L, 2L, 5600.0, 11880.0}, 1);
    assertThat(f).isEqualTo(new SlaFigure(3, 2, 1, 1, 66.7, 5600.0, 11880.0));
    assertThat(f.breaches()).isEqualTo(2);
    assertThat(ReportAssembly.figure(null, 4))
        .isEqualTo(new SlaFigure(0, 0, 0, 4, null, null, null));
    List<SlaWeek> weeks =
        ReportAssembly.weeks(
            List.of(
                new Object[] {"FIRST_RESPONSE", null, 3L, 2L, 1.0, 2.0},
                new Object[] {"FIRST_RESPONSE", W1, 3L, 2L, 1.0, 2.0},
                new Object[] {"RESOLUTION", W1, 2L, 1L, 1.0, 2.0},
                new Object[] {"RESOLUTION", W2, 1L, 1L, 1.0, 2.0}));
    assertThat(weeks).containsExactly(new SlaWeek(W1, 3, 2, 2, 1), new SlaWeek(W2, 0, 0, 1, 1));
    assertThat(weeks.get(1).firstResponsePercent()).isNull();
    assertThat(weeks.get(1).resolutionPercent()).isEqualTo(100.0);
  }

  @Test
  void flowHasEveryDayOfTheWindowWithZerosWhereNothingHappened() {
    List<DayFlow> flow =
        ReportAssembly.flow(
            W1,
            W1.plusDays(3),
            List.<Object[]>of(new Object[] {Date.valueOf(W1.plusDays(2)), 4L, 1L}));
    assertThat(flow)
        .containsExactly(
            new DayFlow(W1, 0, 0),
            new DayFlow(W1.plusDays(1), 0, 0),
            new DayFlow(W1.plusDays(2), 4, 1),
            new DayFlow(W1.plusDays(3), 0, 0));
  }

  @Test
  void loadSeparatesAgentsFromTeamsSkipsUnassignedAndPutsMostOpenFirst() {
    List<Object[]> open =
        List.of(
            new Object[] {0, "sari", null, 2L},
            new Object[] {0, null, null, 5L},
            new Object[] {0, "tono", null, 4L},
            new Object[] {1, null, "net", 11L},
            new Object[] {1, null, null, 1L});
    List<Object[]> resolved =
        List.of(
            new Object[] {0, "sari", null, 3L, 52.5},
            new Object[] {0, "ana", null, 1L, null},
            new Object[] {1, null, "net", 4L, 52.5});
    List<List<AgentLoad>> load = ReportAssembly.load(open, resolved);
    assertThat(load.get(0))
        .containsExactly(
            new AgentLoad("tono", 4, 0, null),
            new AgentLoad("sari", 2, 3, 52.5),
            new AgentLoad("ana", 0, 1, null));
    assertThat(load.get(1))
        .containsExactly(new AgentLoad("net", 11, 4, 52.5), new AgentLoad("", 1, 0, null));
  }

  @Test
  void theDistributionHasEveryRating() {
    assertThat(ReportAssembly.distribution(List.<Object[]>of(new Object[] {(short) 4, 2L})))
        .extracting(Count::n)
        .containsExactly(0L, 0L, 0L, 2L, 0L);
  }
}
