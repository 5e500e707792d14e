package id.loket.queue.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.queue.entity.QueueCursor;
import id.loket.queue.entity.QueueFilter;
import id.loket.queue.entity.QueueScope;
import id.loket.queue.entity.QueueScope.Branch;
import id.loket.queue.entity.QueueSort;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueSqlTest {

  private static final QueueScope TEAM =
      new QueueScope(List.of(Branch.team("network")), false, false, null);

  @Test
  void aFirstPageIsOneIndexRangePerBranchInTheIndexOrder() {
    Statement s = QueueSql.page(TEAM, QueueFilter.NONE, QueueSort.DUE, null, 51);
    assertThat(s.sql())
        .contains("t.status NOT IN ('RESOLVED', 'CLOSED') AND t.team = ?1")
        .contains(
            "ORDER BY COALESCE(t.resolution_due_at, 'infinity'::timestamptz) ASC, t.id ASC LIMIT ?2")
        .endsWith("ORDER BY k1 ASC, id ASC LIMIT ?3")
        .doesNotContain("UNION");
    assertThat(s.params()).containsExactly("network", 51, 51);
  }

  @Test
  void theCursorContinuesAfterTheLastRowInTheSortsDirection() {
    QueueCursor after =
        QueueCursor.after(
            QueueSort.UPDATED, null, "P1", Instant.EPOCH, Instant.parse("2026-12-01T00:00:00Z"), 9);
    Statement s = QueueSql.page(TEAM, QueueFilter.NONE, QueueSort.UPDATED, after, 11);
    assertThat(s.sql())
        .contains("AND (t.updated_at, t.id) < (CAST(?2 AS timestamptz), ?3)")
        .contains("ORDER BY t.updated_at DESC, t.id DESC");
    assertThat(s.params()).containsExactly("network", "2026-12-01T00:00:00Z", 9L, 11, 11);

    QueueCursor p = QueueCursor.after(QueueSort.PRIORITY, null, "P2", Instant.EPOCH, null, 4);
    assertThat(QueueSql.page(TEAM, QueueFilter.NONE, QueueSort.PRIORITY, p, 5).sql())
        .contains(
            "(t.priority, t.created_at, t.id) > (CAST(?2 AS varchar), CAST(?3 AS timestamptz), ?4)");
  }

  @Test
  void severalBranchesAreAUnionCutTwice() {
    QueueScope wide =
        new QueueScope(
            List.of(Branch.team("network"), Branch.assignee("sari")),
            false,
            true,
            Instant.parse("2026-12-02T12:00:00Z"));
    Statement s = QueueSql.page(wide, QueueFilter.NONE, QueueSort.AGE, null, 3);
    assertThat(s.sql())
        .contains(" UNION ")
        .contains("t.assignee = ?")
        .contains("t.status IN ('WAITING_FOR_REQUESTER', 'WAITING_FOR_THIRD_PARTY')")
        .contains("t.resolution_due_at < ?")
        .contains("COALESCE(t.resolution_due_at, 'infinity'::timestamptz) < ?");
    assertThat(s.sql().split("LIMIT", -1)).hasSize(4);
  }

  @Test
  void filtersAreParametersNeverText() {
    QueueFilter f =
        QueueFilter.of("NEW", "P1", "laptop", "hardware", null, null, "rina", "API", "vpn down");
    Statement s = QueueSql.count(TEAM, f);
    assertThat(s.sql())
        .startsWith("SELECT count(*) FROM ((SELECT t.id FROM ticket t WHERE")
        .contains("t.search_terms @@ plainto_tsquery('simple', ?")
        .doesNotContain("vpn")
        .doesNotContain("rina");
    assertThat(s.params()).contains("vpn down", "rina", QueueSql.COUNT_CAP + 1);
  }

  @Test
  void searchCoversTicketsCommentsAndRequestersWithBoundedCandidates() {
    Statement s = QueueSql.search("50%_off", 20);
    assertThat(s.sql())
        .contains("FROM ticket t, w WHERE t.search_terms @@ w.q")
        .contains("FROM ticket_comment c, w WHERE c.search_terms @@ w.q")
        .contains("lower(u.display_name) LIKE")
        .contains("ORDER BY rank DESC");
    assertThat(s.params()).contains("50\\%\\_off%", QueueSql.SEARCH_CANDIDATES, 20);
  }
}
