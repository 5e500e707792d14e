package id.loket.report.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTermsTest {

  private static SubscriptionTerms of(String frequency, List<String> reports, String language) {
    return SubscriptionTerms.of(
        frequency, reports, " IT ", null, "", null, "P1", "EMAIL", language, "id");
  }

  @Test
  void validTermsKeepReportsInTheirOrderOnceAndBlankFiltersAsNone() {
    SubscriptionTerms t = of("WEEKLY", List.of("LOAD", "SLA", "LOAD"), "en");
    assertThat(t.frequency()).isEqualTo(SubscriptionFrequency.WEEKLY);
    assertThat(t.reports()).containsExactly(DigestReport.SLA, DigestReport.LOAD);
    assertThat(t.filter().team()).isEqualTo("IT");
    assertThat(t.filter().category()).isNull();
    assertThat(t.language()).isEqualTo("en");
  }

  @Test
  void noLanguageMeansTheSubscribersOwn() {
    assertThat(of("DAILY", List.of("SLA"), null).language()).isEqualTo("id");
    assertThat(of("DAILY", List.of("SLA"), " ").language()).isEqualTo("id");
  }

  @Test
  void everyBadFieldIsNamed() {
    assertThatThrownBy(
            () ->
                SubscriptionTerms.of(
                    "HOURLY", List.of(), null, null, null, null, "P9", "FAX", "fr", "en"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::messageKey)
                    .containsExactly(
                        "digest.frequency.invalid",
                        "digest.reports.none",
                        "digest.priority.invalid",
                        "digest.channel.invalid",
                        "digest.language.invalid"));
  }

  @Test
  void anUnknownReportIsNamedNotCountedAsNone() {
    assertThatThrownBy(() -> of("DAILY", Arrays.asList("SLA", "WEATHER"), "en"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.fields()).hasSize(1);
              assertThat(e.fields().get(0).messageKey()).isEqualTo("digest.reports.unknown");
              assertThat(e.fields().get(0).args()).containsExactly("WEATHER");
            });
  }

  @Test
  void overlongFiltersAreRefused() {
    String longName = "x".repeat(65);
    assertThatThrownBy(
            () ->
                SubscriptionTerms.of(
                    "DAILY", List.of("SLA"), longName, null, null, null, null, null, "en", "en"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> assertThat(e.fields().get(0).name()).isEqualTo("team"));
  }

  @Test
  void theStoredFormReadsBackTheSame() {
    SubscriptionTerms t = of("DAILY", List.of("ESCALATIONS", "BACKLOG"), "id");
    SubscriptionTerms back =
        SubscriptionTerms.stored("DAILY", t.reportsJson(), t.filtersJson(), "id");
    assertThat(back).isEqualTo(t);
    assertThat(t.filtersJson())
        .isEqualTo("{\"team\":\"IT\",\"priority\":\"P1\",\"channel\":\"EMAIL\"}");
  }

  @Test
  void aSubscriptionMovesOnlyForwardAndACancelledOneDoesNotChange() {
    SubscriptionTerms t = of("DAILY", List.of("SLA"), "en");
    Instant next = Instant.parse("2026-12-03T17:00:00Z");
    Subscription s = new Subscription("maya", t, next, Instant.parse("2026-12-03T10:00:00Z"));
    assertThat(s.isActive()).isTrue();
    assertThatThrownBy(() -> s.sent(next)).isInstanceOf(IllegalArgumentException.class);
    s.sent(next.plusSeconds(86_400));
    assertThat(s.getNextAt()).isEqualTo(next.plusSeconds(86_400));
    s.cancel();
    assertThatThrownBy(() -> s.change(t, next)).isInstanceOf(IllegalStateException.class);
  }
}
