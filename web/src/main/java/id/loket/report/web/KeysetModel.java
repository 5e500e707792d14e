package id.loket.report.web;

import id.loket.shared.Page;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A report list for a PrimeFaces table, read with the report's keyset pages: the cursor after each
 * page is kept by the offset it starts at, so "next" and the exporter (which reads offset 0, then
 * the offset after the rows it got, until a page is empty) continue from there and never read with
 * an OFFSET. A page whose offset is not known is walked to from the nearest known one. The total is
 * not counted: the table knows the rows read so far and whether there are more. Reads stop at
 * {@link #CAP} rows.
 */
public class KeysetModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The most rows a list (and so an export) gives. */
  public static final int CAP = 10_000;

  /** Rows read at once while walking to an offset whose cursor is not known. */
  static final int SKIP = 1000;

  /** Reads one page: (cursor or null, page size) → page. */
  public interface Reader<T> extends Serializable {
    Page<T> read(String cursor, int limit);
  }

  private final transient Reader<T> reader;
  private final transient Function<T, String> key;
  private final Map<Integer, String> cursors = new HashMap<>();
  private final Map<String, T> shown = new HashMap<>();
  private int known;
  private boolean more = true;

  public KeysetModel(Reader<T> reader, Function<T, String> key) {
    this.reader = reader;
    this.key = key;
    cursors.put(0, null);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return estimate();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    if (first >= CAP || pageSize <= 0) {
      return List.of();
    }
    int size = Math.min(pageSize, CAP - first);
    int start = cursors.keySet().stream().filter(k -> k <= first).max(Integer::compare).orElse(0);
    String cursor = cursors.get(start);
    while (start < first) {
      Page<T> skipped = reader.read(cursor, Math.min(SKIP, first - start));
      start += skipped.items().size();
      cursor = skipped.next();
      if (cursor == null || skipped.items().isEmpty()) {
        // the list ends before this offset
        known = Math.max(known, start);
        more = false;
        setRowCount(estimate());
        return List.of();
      }
      cursors.put(start, cursor);
    }
    Page<T> page = reader.read(cursor, size);
    List<T> items = page.items();
    int end = start + items.size();
    if (page.next() != null) {
      cursors.put(end, page.next());
    }
    known = Math.max(known, end);
    if (end >= known) {
      more = page.next() != null && end < CAP;
    }
    setRowCount(estimate());
    items.forEach(r -> shown.put(key.apply(r), r));
    return items;
  }

  /** Rows read so far, plus one while there are more (so the paginator offers "next"). */
  private int estimate() {
    if (known == 0 && more) {
      load(0, 25, Map.of(), Map.of());
    }
    return known + (more ? 1 : 0);
  }

  /** Whether the list has no row at all. */
  public boolean isEmpty() {
    return estimate() == 0;
  }

  @Override
  public String getRowKey(T row) {
    return key.apply(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return shown.get(rowKey);
  }
}
