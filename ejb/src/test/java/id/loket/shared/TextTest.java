package id.loket.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning and checking of texts typed by people. */
class TextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u00A0",
        "\u2007",
        "\u202F",
        "\u200B",
        "\u200C",
        "\u200D",
        "\u2060",
        "\uFEFF",
        " \t\r\n",
        "\u3000",
        "\u00A0\u200B\u2060 \uFEFF"
      })
  void onlyWhiteSpaceOfAnyKindCleansToEmpty(String blank) {
    assertThat(Text.clean(blank)).isEmpty();
    assertThat(Text.cleanOrNull(blank)).isNull();
  }

  @Test
  void trimsBothEndsButKeepsInnerSpaces() {
    assertThat(Text.clean("\u00A0\u200B Printer\u00A0jammed \u202F"))
        .isEqualTo("Printer\u00A0jammed");
  }

  @Test
  void normalisesToNfc() {
    assertThat(Text.clean("Cafe\u0301")).isEqualTo("Caf\u00E9");
  }

  @Test
  void nullStaysNull() {
    assertThat(Text.clean(null)).isNull();
    assertThat(Text.isPlain(null)).isTrue();
  }

  @Test
  void plainTextAllowsLineBreaksTabsAndSurrogatePairs() {
    assertThat(Text.isPlain("Line 1\r\nLine\t2 \uD83D\uDE00 é")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "bell\u0007",
        "\u001B[31m",
        "x\u007F",
        "\u0085",
        "\uD800",
        "a\uDC00b",
        "z\uD83D"
      })
  void controlCharactersAndUnpairedSurrogatesAreNotPlain(String bad) {
    assertThat(Text.isPlain(bad)).isFalse();
  }

  @Test
  void aLoneSurrogateSurvivesCleaningSoThatItIsRefusedNotHidden() {
    assertThat(Text.isPlain(Text.clean("x\uD800"))).isFalse();
  }
}
