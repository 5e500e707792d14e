package id.loket.queue.control;

import static id.loket.shared.SqlValues.instant;

import id.loket.queue.entity.QueueRow;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs the statements of {@link QueueSql} in the caller's transaction and maps their rows. */
@Dependent
public class QueueReader {

  @PersistenceContext EntityManager em;

  /** The teams {@code username} is a member of (index {@code ix_team_member_user}). */
  @SuppressWarnings("unchecked")
  public Set<String> teamsOf(String username) {
    List<Object> rows =
        em.createNativeQuery("SELECT team_code FROM team_member WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    Set<String> teams = new TreeSet<>();
    rows.forEach(r -> teams.add((String) r));
    return teams;
  }

  /** The team and assignee of the ticket {@code number}, or null if there is none. */
  @SuppressWarnings("unchecked")
  public String[] teamAndAssignee(String number) {
    List<Object[]> rows =
        em.createNativeQuery("SELECT team, assignee FROM ticket WHERE number = ?1")
            .setParameter(1, number == null ? "" : number.strip())
            .getResultList();
    return rows.isEmpty() ? null : new String[] {(String) rows.get(0)[0], (String) rows.get(0)[1]};
  }

  /** The rows of a page, search or number statement (extra columns after the row ignored). */
  @SuppressWarnings("unchecked")
  public List<QueueRow> rows(Statement statement) {
    List<Object[]> rows = query(statement).getResultList();
    return rows.stream().map(QueueReader::row).toList();
  }

  /** The rows of a search, with the GIN scans capped ({@link QueueSql#SEARCH_GIN_LIMIT_SQL}). */
  public List<QueueRow> searchRows(Statement statement) {
    em.createNativeQuery(QueueSql.SEARCH_GIN_LIMIT_SQL).executeUpdate();
    return rows(statement);
  }

  public long count(Statement statement) {
    return ((Number) query(statement).getSingleResult()).longValue();
  }

  private Query query(Statement statement) {
    Query q = em.createNativeQuery(statement.sql());
    List<Object> params = statement.params();
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    return q;
  }

  private static QueueRow row(Object[] r) {
    return new QueueRow(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        instant(r[8]),
        instant(r[9]),
        instant(r[10]),
        ((Number) r[11]).longValue());
  }
}
