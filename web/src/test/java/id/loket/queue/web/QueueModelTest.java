package id.loket.queue.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.queue.boundary.QueueCount;
import id.loket.queue.boundary.QueuePage;
import id.loket.queue.entity.QueueRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueModelTest {

  /** 7 rows; a cursor is the index of the next row as text. */
  private final List<String> cursorsAsked = new ArrayList<>();

  private QueuePage read(String after, int size) {
    cursorsAsked.add(after);
    int from = after == null ? 0 : Integer.parseInt(after);
    List<QueueRow> rows = new ArrayList<>();
    for (int i = from; i < Math.min(7, from + size); i++) {
      rows.add(
          new QueueRow(
              i,
              "N" + i,
              "t",
              "rina",
              "P2",
              "NEW",
              null,
              "network",
              Instant.EPOCH,
              Instant.EPOCH,
              null,
              1));
    }
    String next = from + size < 7 ? Integer.toString(from + size) : null;
    return new QueuePage(rows, next, new QueueCount(7, false));
  }

  @Test
  void pagesContinueFromTheRememberedCursorNeverFromAnOffset() {
    QueueModel model = new QueueModel(this::read);
    assertThat(model.count(Map.of())).isEqualTo(7);
    assertThat(model.load(0, 3, Map.of(), Map.of()))
        .extracting(QueueRow::number)
        .containsExactly("N0", "N1", "N2");
    assertThat(model.load(3, 3, Map.of(), Map.of()))
        .extracting(QueueRow::number)
        .containsExactly("N3", "N4", "N5");
    assertThat(model.load(6, 3, Map.of(), Map.of()))
        .extracting(QueueRow::number)
        .containsExactly("N6");
    assertThat(cursorsAsked).containsExactly(null, null, "3", "6");
    assertThat(model.getRowData("N4").id()).isEqualTo(4);
    assertThat(model.getRowKey(model.getRowData("N6"))).isEqualTo("N6");
  }

  @Test
  void anUnknownPageIsWalkedToFromTheNearestKnownOne() {
    QueueModel model = new QueueModel(this::read);
    assertThat(model.load(6, 3, Map.of(), Map.of()))
        .extracting(QueueRow::number)
        .containsExactly("N6");
    assertThat(cursorsAsked).containsExactly(null, "3", "6");
    assertThat(model.isCapped()).isFalse();
  }
}
