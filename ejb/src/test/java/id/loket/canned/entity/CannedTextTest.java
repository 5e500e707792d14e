package id.loket.canned.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class CannedTextTest {

  @Test
  void acceptsAValidText() {
    CannedText t = new CannedText("id", "Terima kasih", "Halo {requester.name}");
    assertThat(t.language()).isEqualTo("id");
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    assertThatThrownBy(() -> new CannedText("de", " ", "x".repeat(4001)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .containsExactly("language", "title", "body"));
  }

  @Test
  void refusesControlCharactersAndUnknownPlaceholders() {
    assertThatThrownBy(() -> new CannedText("en", "Bell\u0007", "ok"))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new CannedText("en", "Title", "Hi {requester.email}"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("canned.placeholder.unknown");
  }

  @Test
  void cursorsRoundTripAndMalformedOnesAreRefused() {
    CannedCursor c = new CannedCursor("Title: with colon", 42);
    assertThat(CannedCursor.parse(c.toString())).isEqualTo(c);
    assertThat(CannedCursor.parse(null)).isEqualTo(CannedCursor.START);
    assertThatThrownBy(() -> CannedCursor.parse("not-a-cursor"))
        .hasMessageContaining("Not a page cursor");
  }
}
