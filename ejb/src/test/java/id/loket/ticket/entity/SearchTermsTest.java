package id.loket.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void significantWordsInLowerCaseWithoutCommonEnglishAndIndonesianWords() {
    SearchTerms terms = SearchTerms.of("The printer di lantai 3 tidak bisa mencetak, printer JAMS");
    assertThat(terms.words()).containsExactly("printer", "lantai", "mencetak", "jams");
    assertThat(terms.anyOf()).isEqualTo("printer | lantai | mencetak | jams");
  }

  @Test
  void onlyLettersAndDigitsReachTheQuery() {
    assertThat(SearchTerms.of("a' | b & !c:* ; DROP TABLE--").anyOf()).isEqualTo("drop | table");
    assertThat(SearchTerms.of(null).isEmpty()).isTrue();
  }

  @Test
  void anyTwoPairsTheTerms() {
    assertThat(SearchTerms.of("wifi gedung putus").anyTwo())
        .isEqualTo("(wifi & gedung) | (wifi & putus) | (gedung & putus)");
    assertThat(SearchTerms.of("wifi").anyTwo()).isEqualTo("wifi");
    assertThat(SearchTerms.of("a1x b2x c3x d4x e5x f6x g7x").anyTwo()).doesNotContain("g7x");
    assertThat(SearchTerms.of("a1x b2x c3x d4x e5x f6x g7x").ranking()).endsWith("g7x");
  }

  @Test
  void atMostMaxTerms() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("word").append(i).append(' ');
    }
    assertThat(SearchTerms.of(text.toString()).size()).isEqualTo(SearchTerms.MAX);
  }

  @Test
  void foundInTellsWhichTermsATextHas() {
    SearchTerms terms = SearchTerms.of("wifi gedung putus");
    assertThat(terms.foundIn("WiFi di gedung B putus-putus"))
        .containsExactly("wifi", "gedung", "putus");
    assertThat(terms.foundIn("Printer rusak")).isEmpty();
  }
}
