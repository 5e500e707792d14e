package id.loket.it.support;

import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Queue test data: a team of one's own (random code) and tickets put in it straight in the database
 * (the queue reads {@code ticket.team} whoever set it), so that tests never depend on what else the
 * shared database holds.
 */
public final class QueueData {

  private QueueData() {}

  /** A new team (random code) with {@code member} in it (null: nobody). */
  public static String team(String member) throws SQLException {
    String code = "it-q-" + suffix();
    try (Connection db = ItDatabase.connection()) {
      sql(db, "INSERT INTO team (code, name_en, name_id) VALUES (?, ?, ?)", code, code, code);
      if (member != null) {
        sql(db, "INSERT INTO team_member (team_code, username) VALUES (?, ?)", code, member);
      }
    }
    return code;
  }

  /**
   * {@code n} new tickets of rina's titled {@code Queue row <i> <random>}, oldest first, unassigned
   * and NEW in {@code team}.
   */
  public static List<String> tickets(URL base, String team, int n) throws SQLException {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      numbers.add(open(base, "rina", "Queue row " + i + " " + suffix()));
    }
    try (Connection db = ItDatabase.connection()) {
      for (String number : numbers) {
        sql(
            db,
            "UPDATE ticket SET team = ?, assignee = NULL, status = 'NEW' WHERE number = ?",
            team,
            number);
      }
    }
    return numbers;
  }

  /** Runs an update that must change at least one row. */
  public static void sql(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      assertThat(s.executeUpdate()).as(sql).isPositive();
    }
  }

  public static String suffix() {
    return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), 36);
  }
}
