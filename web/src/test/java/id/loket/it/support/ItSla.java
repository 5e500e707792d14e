package id.loket.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * SLA set-up for tests on the real clock: a new requester in a group of their own, and policies for
 * that group only, with targets of seconds on the round-the-clock calendar (warning at 50 %, second
 * level and reminders an hour after a breach). No other test's tickets are in the group, so nothing
 * else escalates. The account comes from the test-only probe {@code /api/it-accounts} (deploy
 * {@code AccountsProbe}).
 */
public final class ItSla {

  private ItSla() {}

  /**
   * @param targets per priority ({@code "P2"}), {first response, resolution} in seconds
   * @return the new requester's user name (password {@code password})
   */
  public static String requesterWithPolicies(URL base, String password, Map<String, int[]> targets)
      throws SQLException {
    String group = "sla-it-" + UUID.randomUUID().toString().substring(0, 8);
    String user = "slait" + UUID.randomUUID().toString().substring(0, 6);
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("admin", password)
        .post(
            "api/it-accounts/create?username=" + user + "&password=" + password + "&role=REQUESTER")
        .then()
        .statusCode(204);
    try (Connection db = ItDatabase.connection()) {
      try (PreparedStatement s =
          db.prepareStatement("UPDATE app_user SET department = ? WHERE username = ?")) {
        s.setString(1, group);
        s.setString(2, user);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      for (var e : targets.entrySet()) {
        try (PreparedStatement s =
            db.prepareStatement(
                "INSERT INTO sla_policy (id, code, name, priority, requester_group, calendar_code,"
                    + " first_response_seconds, resolution_seconds, warn_percent,"
                    + " second_level_seconds, reminder_seconds, updated_by, updated_at, version)"
                    + " VALUES (nextval('sla_policy_seq'), ?, ?, ?, ?, 'round-the-clock', ?, ?, 50,"
                    + " 3600, 3600, 'it', now(), 1)")) {
          s.setString(1, (group + "-" + e.getKey()).toLowerCase());
          s.setString(2, "IT " + e.getKey());
          s.setString(3, e.getKey());
          s.setString(4, group);
          s.setInt(5, e.getValue()[0]);
          s.setInt(6, e.getValue()[1]);
          s.executeUpdate();
        }
      }
    }
    return user;
  }
}
