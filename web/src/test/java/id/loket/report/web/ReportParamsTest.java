package id.loket.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.entity.ReportFilter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportParamsTest {

  static final ReportFilter DEFAULTS =
      ReportFilter.lastDays(LocalDate.of(2026, 12, 3), ReportFilter.DEFAULT_DAYS);

  @Test
  void missingDatesTakeTheDefaultWindowAndBlanksAreNoFilter() {
    ReportParams q = new ReportParams();
    q.set("team", " SD ");
    q.set("agent", "  ");
    ReportFilter f = q.filter(DEFAULTS);
    assertThat(f.from()).isEqualTo(LocalDate.of(2026, 11, 4));
    assertThat(f.to()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(f.team()).isEqualTo("SD");
    assertThat(f.agent()).isNull();
    assertThat(q.badDate()).isEmpty();
  }

  @Test
  void aDateThatIsNoDateIsNamed() {
    ReportParams q = new ReportParams();
    q.set("from", "2026-11-01");
    q.set("to", "3.12.2026");
    assertThat(q.badDate()).contains("to");
  }

  @Test
  void theQueryStringCarriesExtrasFirstAndEncodesValues() {
    ReportFilter f =
        new ReportFilter(
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 6),
            "IT&OPS",
            null,
            "hardware",
            null,
            "P2",
            null);
    assertThat(ReportParams.of(f, "report", "escalations", "level", null))
        .isEqualTo(
            "report=escalations&from=2026-11-30&to=2026-12-06&team=IT%26OPS&category=hardware"
                + "&priority=P2");
  }
}
