package id.loket.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  @Test
  void typedWordsAreMarkedWhateverTheirCase() {
    assertThat(Highlights.html("Printer on floor 3 jams", List.of("printer", "jams")))
        .isEqualTo("<mark>Printer</mark> on floor 3 <mark>jams</mark>");
  }

  @Test
  void everythingElseIsEscapedSoATitleCannotInjectMarkup() {
    String html =
        Highlights.html("<script>alert('x')</script> & \"printer\"", List.of("printer", "script"));
    assertThat(html)
        .isEqualTo(
            "&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp;"
                + " &quot;<mark>printer</mark>&quot;")
        .doesNotContain("<script");
  }

  @Test
  void aWordIsMarkedOnlyWhole() {
    assertThat(Highlights.html("Printers", List.of("printer"))).isEqualTo("Printers");
    assertThat(Highlights.html(null, List.of("x"))).isEmpty();
  }
}
