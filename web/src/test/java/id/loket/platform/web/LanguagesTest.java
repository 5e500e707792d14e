package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language of an answer from Accept-Language, never failing on a malformed header. */
class LanguagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"id", "id-ID", "in", "ID;q=0.9, en;q=0.5", "fr, id;q=0.8, en;q=0.1"})
  void indonesianWhenPreferred(String header) {
    assertThat(Languages.pick(header)).isEqualTo(Languages.INDONESIAN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US,en;q=0.9,id;q=0.8", "fr", "*", "id;q=0, en"})
  void englishOtherwise(String header) {
    assertThat(Languages.pick(header)).isEqualTo(Locale.ENGLISH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en;q=abc", ";;;", "id;q=", "id;q=2", "\u0000", "-", "id;;q=0.5", ""})
  void malformedHeadersFallBackToEnglish(String header) {
    assertThat(Languages.pick(header)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void hugeOrMissingHeadersFallBackToEnglish() {
    assertThat(Languages.pick("x".repeat(10_000))).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.pick("id," + "x".repeat(10_000))).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.pick(null)).isEqualTo(Locale.ENGLISH);
  }
}
