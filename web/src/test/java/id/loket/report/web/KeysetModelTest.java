package id.loket.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetModelTest {

  /** A list of {@code size} rows read by keyset: the cursor is the last row's number. */
  static final class Rows implements KeysetModel.Reader<Integer> {
    private static final long serialVersionUID = 1L;
    final int size;
    final List<String> reads = new ArrayList<>();

    Rows(int size) {
      this.size = size;
    }

    @Override
    public Page<Integer> read(String cursor, int limit) {
      reads.add(cursor + "/" + limit);
      int start = cursor == null ? 0 : Integer.parseInt(cursor) + 1;
      List<Integer> items = IntStream.range(start, Math.min(size, start + limit)).boxed().toList();
      String next =
          items.isEmpty() || items.get(items.size() - 1) == size - 1
              ? null
              : Integer.toString(items.get(items.size() - 1));
      return new Page<>(items, next);
    }
  }

  @Test
  void pagesFollowTheCursorsAndTheCountGrowsWhileThereAreMore() {
    Rows rows = new Rows(60);
    KeysetModel<Integer> model = new KeysetModel<>(rows, String::valueOf);
    assertThat(model.load(0, 25, Map.of(), Map.of())).startsWith(0).endsWith(24);
    assertThat(model.getRowCount()).isEqualTo(26);
    assertThat(model.load(25, 25, Map.of(), Map.of())).startsWith(25).endsWith(49);
    assertThat(model.load(50, 25, Map.of(), Map.of())).startsWith(50).endsWith(59);
    assertThat(model.getRowCount()).isEqualTo(60);
    assertThat(rows.reads).containsExactly("null/25", "24/25", "49/25");
  }

  @Test
  void theExporterReadsEveryRowInBuffersUntilAnEmptyPage() {
    Rows rows = new Rows(1234);
    KeysetModel<Integer> model = new KeysetModel<>(rows, String::valueOf);
    List<Integer> all = new ArrayList<>();
    List<Integer> batch;
    do {
      batch = model.load(all.size(), 500, Map.of(), Map.of());
      all.addAll(batch);
    } while (!batch.isEmpty());
    assertThat(all).hasSize(1234).doesNotHaveDuplicates();
    assertThat(all.get(1233)).isEqualTo(1233);
  }

  @Test
  void anUnknownOffsetIsWalkedToFromTheNearestKnownOne() {
    Rows rows = new Rows(100);
    KeysetModel<Integer> model = new KeysetModel<>(rows, String::valueOf);
    assertThat(model.load(40, 20, Map.of(), Map.of())).startsWith(40).endsWith(59);
    assertThat(model.load(120, 20, Map.of(), Map.of())).isEmpty();
    assertThat(model.getRowCount()).isEqualTo(100);
  }

  @Test
  void readsStopAtTheCap() {
    Rows rows = new Rows(KeysetModel.CAP + 50);
    KeysetModel<Integer> model = new KeysetModel<>(rows, String::valueOf);
    int total = 0;
    List<Integer> batch;
    do {
      batch = model.load(total, 1000, Map.of(), Map.of());
      total += batch.size();
    } while (!batch.isEmpty());
    assertThat(total).isEqualTo(KeysetModel.CAP);
  }
}
