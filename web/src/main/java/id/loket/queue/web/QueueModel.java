package id.loket.queue.web;

import id.loket.queue.boundary.QueuePage;
import id.loket.queue.entity.QueueRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A queue for a PrimeFaces table, read with the queue's keyset: the cursor after each page is
 * remembered by the row it starts, so "next" continues from there and never reads with an OFFSET
 * (previous/next only; a page whose start is unknown is walked to from the nearest known one). The
 * row count is the view's bounded count (at most 1000).
 */
public class QueueModel extends LazyDataModel<QueueRow> {

  private static final long serialVersionUID = 1L;

  /** Reads one page: (cursor or null, page size) → page. */
  private final transient BiFunction<String, Integer, QueuePage> reader;

  private final Map<Integer, String> cursors = new HashMap<>();
  private final Map<String, QueueRow> shown = new HashMap<>();
  private Long count;
  private boolean capped;

  QueueModel(BiFunction<String, Integer, QueuePage> reader) {
    this.reader = reader;
    cursors.put(0, null);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (count == null) {
      QueuePage first = reader.apply(null, 1);
      count = first.count().value();
      capped = first.count().capped();
    }
    return count.intValue();
  }

  @Override
  public List<QueueRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int start = cursors.keySet().stream().filter(k -> k <= first).max(Integer::compare).orElse(0);
    QueuePage page = reader.apply(cursors.get(start), pageSize);
    while (start < first && page.next() != null) {
      start += page.items().size();
      cursors.put(start, page.next());
      page = reader.apply(page.next(), pageSize);
    }
    if (page.next() != null) {
      cursors.put(start + page.items().size(), page.next());
    }
    count = page.count().value();
    capped = page.count().capped();
    setRowCount(count.intValue());
    page.items().forEach(r -> shown.put(r.number(), r));
    return page.items();
  }

  /** Whether the count stopped at its cap (the table shows "1000+"). */
  public boolean isCapped() {
    return capped;
  }

  @Override
  public String getRowKey(QueueRow row) {
    return row.number();
  }

  @Override
  public QueueRow getRowData(String rowKey) {
    return shown.get(rowKey);
  }
}
