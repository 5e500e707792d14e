package id.loket.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeysetTest {

  @Test
  void pagesOfRowsWithTheSameInstantAreOrderedById() {
    Instant at = Instant.parse("2026-11-23T08:15:30Z");
    assertThat(Keyset.parse(Keyset.of(at, 7L)).id()).isEqualTo(7L);
    assertThat(Keyset.of(at, 7L)).isNotEqualTo(Keyset.of(at, 8L));
    assertThat(new Keyset(at, 7L)).hasToString(Keyset.of(at, 7L));
  }

  @Test
  void aCursorNamesTheLastRowToTheMicrosecond() {
    Instant at = Instant.parse("2026-11-23T08:15:30.123456Z");

    Keyset back = Keyset.parse(Keyset.of(at, 981L));

    assertThat(back).isEqualTo(new Keyset(at, 981L));
  }

  @Test
  void noCursorStartsAtTheNewest() {
    assertThat(Keyset.parse(null)).isEqualTo(Keyset.START);
    assertThat(Keyset.parse(" ")).isEqualTo(Keyset.START);
  }

  @Test
  void aMangledCursorIsMalformedInput() {
    for (String bad : new String[] {"abc", "12", "12.x", ".5", "1.2.3"}) {
      assertThatThrownBy(() -> Keyset.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED));
    }
  }
}
