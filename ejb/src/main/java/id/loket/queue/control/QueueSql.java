package id.loket.queue.control;

import id.loket.queue.entity.QueueCursor;
import id.loket.queue.entity.QueueFilter;
import id.loket.queue.entity.QueueScope;
import id.loket.queue.entity.QueueScope.Branch;
import id.loket.queue.entity.QueueSort;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * All the SQL of the queues, in one place (the benchmark times exactly these statements).
 *
 * <p>A queue read is the union of its scope's branches (one team, one assignee, or everything),
 * each a keyset range of one V12 partial index: {@code WHERE <open> AND <branch> AND <view> AND
 * <filters> AND (keys, id) > cursor ORDER BY keys LIMIT n}, then the union is ordered and cut to n
 * again. A branch never sorts more than n rows; an agent in three teams reads four short index
 * ranges. A count is the same union without the order, each branch cut at {@link #COUNT_CAP} + 1
 * rows: it never reads more than that many index entries per branch.
 */
public final class QueueSql {

  /** Counts stop here ("1000+"). */
  public static final int COUNT_CAP = 1000;

  /** The open-work predicate, word for word as in the partial indexes of V12. */
  static final String OPEN = "t.status NOT IN ('RESOLVED', 'CLOSED')";

  static final String COLUMNS =
      "t.id, t.number, t.title, t.requester, t.priority, t.status, t.assignee, t.team,"
          + " t.created_at, t.updated_at, t.resolution_due_at, t.version";

  private QueueSql() {}

  /**
   * One page: at most {@code limit} rows after {@code after} (null: from the start). Output
   * columns: {@link #COLUMNS}, then {@code k1[, k2]}.
   */
  public static Statement page(
      QueueScope scope, QueueFilter filter, QueueSort sort, QueueCursor after, int limit) {
    List<Object> params = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Branch b : scope.branches()) {
      StringBuilder sql =
          new StringBuilder("(SELECT ")
              .append(COLUMNS)
              .append(", ")
              .append(sort.first())
              .append(" AS k1");
      if (sort.second() != null) {
        sql.append(", ").append(sort.second()).append(" AS k2");
      }
      sql.append(" FROM ticket t WHERE ");
      where(sql, params, b, scope, filter);
      if (after != null) {
        sql.append(" AND ")
            .append(sort.row())
            .append(sort.ascending() ? " > (CAST(" : " < (CAST(")
            .append(p(params, after.k1()))
            .append(sort == QueueSort.PRIORITY ? " AS varchar)" : " AS timestamptz)");
        if (sort.second() != null) {
          sql.append(", CAST(").append(p(params, after.k2())).append(" AS timestamptz)");
        }
        sql.append(", ").append(p(params, after.id())).append(")");
      }
      sql.append(" ORDER BY ")
          .append(sort.orderBy())
          .append(" LIMIT ")
          .append(p(params, limit))
          .append(")");
      parts.add(sql.toString());
    }
    String sql =
        "SELECT * FROM ("
            + String.join(" UNION ", parts)
            + ") q ORDER BY "
            + sort.outerOrderBy()
            + " LIMIT "
            + p(params, limit);
    return new Statement(sql, params);
  }

  /** How many rows the page reads would cover, up to {@link #COUNT_CAP} + 1 (one number). */
  public static Statement count(QueueScope scope, QueueFilter filter) {
    List<Object> params = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Branch b : scope.branches()) {
      StringBuilder sql = new StringBuilder("(SELECT t.id FROM ticket t WHERE ");
      where(sql, params, b, scope, filter);
      sql.append(" LIMIT ").append(p(params, COUNT_CAP + 1)).append(")");
      parts.add(sql.toString());
    }
    return new Statement("SELECT count(*) FROM (" + String.join(" UNION ", parts) + ") q", params);
  }

  /** Candidates each part of a search considers at most (bounded work for common words). */
  public static final int SEARCH_CANDIDATES = 1000;

  /**
   * Run before {@link #search} in the same transaction: caps what a GIN index scan returns for a
   * word that is in (almost) every ticket at {@link #SEARCH_GIN_LIMIT} rows (a random subset), so a
   * search for a very common word costs a bounded amount. {@code SET LOCAL} ends with the
   * transaction.
   */
  public static final String SEARCH_GIN_LIMIT_SQL =
      "SET LOCAL gin_fuzzy_search_limit = " + QueueSql.SEARCH_GIN_LIMIT;

  /** What one GIN scan of the search returns at most. */
  public static final int SEARCH_GIN_LIMIT = 5000;

  /** The tickets with these canonical numbers (unique index on number). */
  public static Statement byNumber(List<String> numbers) {
    List<Object> params = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    for (String n : numbers) {
      marks.add(p(params, n));
    }
    return new Statement(
        "SELECT "
            + COLUMNS
            + " FROM ticket t WHERE t.number IN ("
            + String.join(", ", marks)
            + ") ORDER BY t.created_at DESC",
        params);
  }

  /**
   * Search over every ticket, open or closed: words of title and description (GIN {@code
   * ix_ticket_terms}), words of any comment ({@code ix_ticket_comment_terms}; a comment hit ranks
   * half a title hit) and the requester by user name or the start of their name ({@code
   * ix_app_user_display_name}, then {@code ix_ticket_requester_created}). Each part considers at
   * most {@link #SEARCH_CANDIDATES} rows; the best {@code limit} by rank, then newest, are
   * answered. Output: {@link #COLUMNS}, rank.
   */
  public static Statement search(String text, int limit) {
    List<Object> params = new ArrayList<>();
    String words = p(params, text);
    String cap = p(params, SEARCH_CANDIDATES);
    String user = p(params, text.strip().toLowerCase(java.util.Locale.ROOT));
    String prefix =
        p(
            params,
            text.strip()
                    .toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%");
    String sql =
        "WITH w AS (SELECT plainto_tsquery('simple', "
            + words
            + ") AS q), hits AS ("
            + "(SELECT t.id, ts_rank(t.search_terms, w.q) AS rank FROM ticket t, w"
            + " WHERE t.search_terms @@ w.q LIMIT "
            + cap
            + ") UNION ALL (SELECT c.ticket_id, ts_rank(c.search_terms, w.q) * 0.5 FROM"
            + " ticket_comment c, w WHERE c.search_terms @@ w.q LIMIT "
            + cap
            + ") UNION ALL (SELECT t.id, 0.05 FROM ticket t WHERE t.requester IN"
            + " (SELECT u.username FROM app_user u WHERE u.username = "
            + user
            + " OR lower(u.display_name) LIKE "
            + prefix
            + ") LIMIT "
            + cap
            + ")) SELECT "
            + COLUMNS
            + ", max(h.rank) AS rank FROM hits h JOIN ticket t ON t.id = h.id GROUP BY t.id"
            + " ORDER BY rank DESC, t.created_at DESC, t.id DESC LIMIT "
            + p(params, limit);
    return new Statement(sql, params);
  }

  private static void where(
      StringBuilder sql, List<Object> params, Branch b, QueueScope scope, QueueFilter f) {
    sql.append(OPEN);
    if (b.column().sql() != null) {
      sql.append(" AND ").append(b.column().sql()).append(" = ").append(p(params, b.value()));
    }
    if (scope.unassignedOnly()) {
      sql.append(" AND t.assignee IS NULL");
    }
    if (scope.waitingOnly()) {
      sql.append(" AND t.status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY')");
    }
    if (scope.dueBefore() != null) {
      // Twice on purpose: on the raw column it is an index condition of the *_breaching indexes
      // (index-only bounded counts), as COALESCE(…) it is one of the *_due indexes (a page in due
      // order). Without either, a count read a whole team's open work through the heap.
      OffsetDateTime before = OffsetDateTime.ofInstant(scope.dueBefore(), ZoneOffset.UTC);
      sql.append(" AND t.resolution_due_at < ")
          .append(p(params, before))
          .append(" AND COALESCE(t.resolution_due_at, 'infinity'::timestamptz) < ")
          .append(p(params, before));
    }
    eq(sql, params, "t.status", f.status());
    eq(sql, params, "t.priority", f.priority());
    eq(sql, params, "t.request_type", f.type());
    eq(sql, params, "t.category", f.category());
    eq(sql, params, "t.team", f.team());
    eq(sql, params, "t.assignee", f.assignee());
    eq(sql, params, "t.requester", f.requester());
    eq(sql, params, "t.channel", f.channel());
    if (f.text() != null) {
      sql.append(" AND t.search_terms @@ plainto_tsquery('simple', ")
          .append(p(params, f.text()))
          .append(")");
    }
  }

  private static void eq(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ").append(p(params, value));
    }
  }

  /** Adds a parameter and answers its placeholder. */
  private static String p(List<Object> params, Object value) {
    params.add(value);
    return "?" + params.size();
  }
}
