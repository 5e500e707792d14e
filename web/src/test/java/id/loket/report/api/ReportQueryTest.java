package id.loket.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.report.entity.ReportFilter;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report parameters as clients write them: dates, defaults, and what is refused how. */
class ReportQueryTest {

  private static final ReportFilter DEFAULTS = ReportFilter.lastDays(LocalDate.of(2026, 3, 31), 30);

  @Test
  void readsEveryParameterByName() {
    Map<String, String> params =
        Map.of(
            "from", "2026-03-01",
            "to", " 2026-03-15 ",
            "team", "network",
            "agent", "sari",
            "category", "hardware",
            "requestType", "laptop",
            "priority", "P1",
            "channel", "EMAIL");

    ReportFilter f = ReportQuery.of(params::get).filter(DEFAULTS);

    assertThat(f)
        .isEqualTo(
            new ReportFilter(
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 15),
                "network",
                "sari",
                "hardware",
                "laptop",
                "P1",
                "EMAIL"));
  }

  @Test
  void missingDatesAreTheDefaultWindows() {
    assertThat(ReportQuery.of(name -> null).filter(DEFAULTS)).isEqualTo(DEFAULTS);
    ReportFilter onlyFrom = ReportQuery.of(Map.of("from", "2026-03-20")::get).filter(DEFAULTS);
    assertThat(onlyFrom.from()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(onlyFrom.to()).isEqualTo(DEFAULTS.to());
    assertThat(ReportQuery.of(Map.of("from", " ", "team", "")::get).filter(DEFAULTS))
        .isEqualTo(DEFAULTS);
  }

  @Test
  void aDateThatIsNoneIsMalformedNamingTheParameter() {
    assertThatThrownBy(() -> ReportQuery.of(Map.of("to", "31/03/2026")::get).filter(DEFAULTS))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED);
              assertThat(e.messageKey()).isEqualTo(ReportQuery.BAD_DATE);
              assertThat(e.args()).containsExactly("to", "31/03/2026");
            });
    assertThatThrownBy(() -> ReportQuery.of(Map.of("from", "2026-02-30")::get).filter(DEFAULTS))
        .isInstanceOf(DomainException.class)
        .isNotInstanceOf(InvalidFieldException.class);
  }

  @Test
  void aBadWindowOrValueIsInvalidNamingTheField() {
    assertThatThrownBy(
            () ->
                ReportQuery.of(Map.of("from", "2026-03-20", "to", "2026-03-01")::get)
                    .filter(DEFAULTS))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .contains("to"));
    assertThatThrownBy(
            () -> ReportQuery.of(Map.of("priority", "P9", "channel", "FAX")::get).filter(DEFAULTS))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .containsExactlyInAnyOrder("priority", "channel"));
  }
}
