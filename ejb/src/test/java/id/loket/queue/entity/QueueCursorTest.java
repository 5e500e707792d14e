package id.loket.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueueCursorTest {

  private static final Instant CREATED = Instant.parse("2026-11-30T08:15:30.123456Z");
  private static final Instant UPDATED = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void eachSortRoundTripsThroughAnOpaqueToken() {
    for (QueueSort sort : QueueSort.values()) {
      QueueCursor c = QueueCursor.after(sort, null, "P2", CREATED, UPDATED, 42L);
      String token = c.token();
      assertThat(token).doesNotContain("|").doesNotContain("=");
      assertThat(QueueCursor.parse(token, sort)).isEqualTo(c);
    }
  }

  @Test
  void keysAreTheSortsColumns() {
    assertThat(QueueCursor.after(QueueSort.DUE, null, "P1", CREATED, UPDATED, 7).k1())
        .isEqualTo("infinity");
    assertThat(QueueCursor.after(QueueSort.DUE, UPDATED, "P1", CREATED, UPDATED, 7).k1())
        .isEqualTo("2026-12-01T09:00:00Z");
    QueueCursor p = QueueCursor.after(QueueSort.PRIORITY, null, "P3", CREATED, UPDATED, 7);
    assertThat(p.k1()).isEqualTo("P3");
    assertThat(p.k2()).isEqualTo("2026-11-30T08:15:30.123456Z");
    assertThat(QueueCursor.after(QueueSort.UPDATED, null, "P3", CREATED, UPDATED, 7).k1())
        .isEqualTo("2026-12-01T09:00:00Z");
  }

  @Test
  void noTokenIsTheFirstPage() {
    assertThat(QueueCursor.parse(null, QueueSort.DUE)).isNull();
    assertThat(QueueCursor.parse("  ", QueueSort.DUE)).isNull();
  }

  @Test
  void aTokenOfAnotherSortOrADamagedOneIsMalformed() {
    String age = QueueCursor.after(QueueSort.AGE, null, "P1", CREATED, UPDATED, 1).token();
    assertThatThrownBy(() -> QueueCursor.parse(age, QueueSort.UPDATED))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED));
    for (String bad : new String[] {"%%%", "abc", age.substring(0, age.length() - 3), "cDF8eHwx"}) {
      assertThatThrownBy(() -> QueueCursor.parse(bad, QueueSort.AGE))
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("Not a queue cursor");
    }
  }

  @Test
  void aPriorityCursorOnlyCarriesAKnownPriority() {
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("priority|P1' OR 1=1|2026-01-01T00:00:00Z|3".getBytes());
    assertThatThrownBy(() -> QueueCursor.parse(forged, QueueSort.PRIORITY))
        .isInstanceOf(DomainException.class);
  }
}
