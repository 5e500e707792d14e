package id.loket.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

  static final LocalDate D = LocalDate.parse("2026-09-01");

  @Test
  void aWindowIsWholeDeskDaysInTheDeskZone() {
    ReportFilter f = new ReportFilter(D, D.plusDays(89), " ", null, "", null, null, null);
    assertThat(f.days()).isEqualTo(90);
    assertThat(f.team()).isNull();
    assertThat(f.category()).isNull();
    ZoneId jakarta = ZoneId.of("Asia/Jakarta");
    assertThat(f.start(jakarta)).isEqualTo(Instant.parse("2026-08-31T17:00:00Z"));
    assertThat(f.end(jakarta)).isEqualTo(Instant.parse("2026-11-29T17:00:00Z"));
    assertThat(ReportFilter.lastDays(D, 30).from()).isEqualTo(D.minusDays(29));
  }

  @Test
  void aReversedOrTooLongWindowAndUnknownValuesAreRefusedByField() {
    assertThatThrownBy(
            () ->
                new ReportFilter(D, D.minusDays(1), null, null, null, null, "P9", "FAX")
                    .validated())
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::messageKey)
                    .containsExactly(
                        "report.filter.window.reversed",
                        "report.filter.priority",
                        "report.filter.channel"));
    assertThatThrownBy(
            () ->
                new ReportFilter(D, D.plusDays(366), null, null, null, null, null, null)
                    .validated())
        .isInstanceOf(InvalidFieldException.class);
    assertThat(
            new ReportFilter(D, D.plusDays(365), null, null, null, null, "P1", "EMAIL").validated())
        .isNotNull();
  }
}
