package id.loket.report.control;

import id.loket.report.entity.ReportFilter;
import id.loket.report.entity.ReportScope;
import id.loket.shared.SqlValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A report statement being built: SQL from fixed fragments, every value a numbered parameter
 * ({@code ?1}, {@code ?2}, …). Each parameter is used once, so that an expression in GROUP BY is
 * written once, in a subquery.
 */
public final class Sql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  Sql add(String fragment) {
    text.append(fragment);
    return this;
  }

  /** Appends a parameter placeholder for {@code value}. */
  Sql p(Object value) {
    params.add(value instanceof Instant i ? SqlValues.param(i) : value);
    text.append('?').append(params.size());
    return this;
  }

  /**
   * Appends the filter's equality conditions and the scope on the ticket alias {@code t} (each
   * starting with AND). Nothing when there is nothing to narrow.
   */
  Sql ticketConditions(ReportFilter f, ReportScope scope, String t) {
    eq(t + ".team", f.team());
    eq(t + ".assignee", f.agent());
    eq(t + ".category", f.category());
    eq(t + ".request_type", f.requestType());
    eq(t + ".priority", f.priority());
    eq(t + ".channel", f.channel());
    in(t + ".team", scope);
    return this;
  }

  /** Whether the filter or the scope narrow by a column of the ticket. */
  static boolean narrows(ReportFilter f, ReportScope scope) {
    return !scope.all()
        || f.team() != null
        || f.agent() != null
        || f.category() != null
        || f.requestType() != null
        || f.priority() != null
        || f.channel() != null;
  }

  Sql eq(String column, Object value) {
    if (value != null) {
      add(" AND ").add(column).add(" = ").p(value);
    }
    return this;
  }

  Sql in(String column, ReportScope scope) {
    if (!scope.all() && scope.teams().isEmpty()) {
      add(" AND FALSE");
    } else if (!scope.all()) {
      add(" AND ").add(column).add(" IN (");
      for (int i = 0; i < scope.teams().size(); i++) {
        add(i == 0 ? "" : ", ").p(scope.teams().get(i));
      }
      add(")");
    }
    return this;
  }

  public String text() {
    return text.toString();
  }

  public List<Object> params() {
    return List.copyOf(params);
  }

  @Override
  public String toString() {
    return text + " " + params;
  }
}
