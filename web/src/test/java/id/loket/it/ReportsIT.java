package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.support.ItDatabase;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports' numbers on a small data set built by hand in September 2026 (a month no other test
 * writes to), in a team of its own, against figures computed by hand in the comments below: five
 * tickets, their SLA clocks with known business times, six escalations of every level and cause,
 * three ratings, a reopen and logged minutes. Then the inflow/outflow rollup against a live recount
 * after random changes, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  static final String TEAM = "rpt-it";
  static final String SEPTEMBER = "from=2026-09-01&to=2026-09-30";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  /*
   * Desk zone Asia/Jakarta (UTC+7); all instants below in UTC.
   *  T1 P2 created 09-01 02:00, resolved 09-02 03:00, rina, assignee sari, 30 + 15 minutes logged
   *  T2 P3 created 09-03 02:00, resolved 09-10 02:00, rina, assignee tono, reopened 09-06
   *  T3 P1 created 09-05 02:00, open IN_PROGRESS, budi, assignee tono
   *  T4 P3 created 09-08 02:00, open NEW, budi, unassigned
   *  T5 P4 created 08-20 02:00 (before the window), resolved 09-04 02:00, budi, assignee sari, 60 min
   * SLA clocks met in September (business seconds; in time = met <= due):
   *  first response: T1 1800 in time, T2 14400 late, T3 600 in time   -> 3, 2 met, 66.7 %
   *     average 5600, p90 of (600, 1800, 14400) = 1800 + 0.8 * 12600 = 11880
   *  resolution: T1 32400 late, T2 86400 in time, T5 50000 in time    -> 3, 2 met, 66.7 %
   *     average 56266.7, p90 of (32400, 50000, 86400) = 50000 + 0.8 * 36400 = 79120
   *     T3's resolution due 09-06 02:00, still open: 1 open overdue
   *  weeks (Mondays): 08-31: FR 3/2, RES 2/1 (T1, T5); 09-07: RES 1/1 (T2)
   * Escalations: E1 T1 SLA level 1 (ACKNOWLEDGED), E2 T1 level 2 (OPEN), E3 T1 level 4 (no case
   *  yet: open), E4 T2 requester (CLOSED), E5 T3 level 2 (OPEN) 09-06, E6 T3 level 3 (OPEN) 09-07,
   *  E7 T4 requester in October (outside).
   *  -> 6; WARNING 1, BREACH 2, SECOND_LEVEL 1, REMINDER 1, NOT_SATISFIED 1; open 4, ack 1, closed 1;
   *  week 08-31: E1 E2 E3 E5, week 09-07: E4 E6; repeat requester rina (T1, T2); service hardware 3.
   * Ratings: T1 2 "Took two days", T5 4, T2 5 -> 3, average 3.67, low ratings: T1.
   * Flow in September: created T1 T2 T3 T4 = 4; resolved T1 T5 T2 = 3; reopened 1 -> 33.3 %.
   * Load: open tono 1 (T3); resolved sari 2 (T1, T5: (45 + 60) / 2 = 52.5 min), tono 1 (T2, none).
   */
  @BeforeAll
  static void handBuiltData() throws SQLException {
    try (Connection db = ItDatabase.connection();
        Statement s = db.createStatement()) {
      s.execute(
          "INSERT INTO team (code, name_en, name_id) VALUES ('"
              + TEAM
              + "', 'Report test', 'Uji laporan') ON CONFLICT DO NOTHING");
      s.execute(
          "INSERT INTO team_member (team_code, username, lead) VALUES ('"
              + TEAM
              + "', 'tono', TRUE) ON CONFLICT DO NOTHING");
      ticket(s, 1, "P2", "RESOLVED", "rina", "'sari'", "2026-09-01T02:00Z", "'2026-09-02T03:00Z'");
      ticket(s, 2, "P3", "RESOLVED", "rina", "'tono'", "2026-09-03T02:00Z", "'2026-09-10T02:00Z'");
      ticket(s, 3, "P1", "IN_PROGRESS", "budi", "'tono'", "2026-09-05T02:00Z", "NULL");
      ticket(s, 4, "P3", "NEW", "budi", "NULL", "2026-09-08T02:00Z", "NULL");
      ticket(s, 5, "P4", "RESOLVED", "budi", "'sari'", "2026-08-20T02:00Z", "'2026-09-04T02:00Z'");
      clock(s, 1, "FIRST_RESPONSE", "2026-09-01T02:30Z", "2026-09-01T03:00Z", 1800);
      clock(s, 1, "RESOLUTION", "2026-09-02T03:00Z", "2026-09-02T02:00Z", 32400);
      clock(s, 2, "FIRST_RESPONSE", "2026-09-03T06:00Z", "2026-09-03T05:00Z", 14400);
      clock(s, 2, "RESOLUTION", "2026-09-10T02:00Z", "2026-09-11T02:00Z", 86400);
      clock(s, 3, "FIRST_RESPONSE", "2026-09-05T02:10Z", "2026-09-05T02:30Z", 600);
      clock(s, 3, "RESOLUTION", null, "2026-09-06T02:00Z", null);
      clock(s, 5, "RESOLUTION", "2026-09-04T02:00Z", "2026-09-05T02:00Z", 50000);
      escalation(s, 1, 1, "SLA", 1, 0, "2026-09-02T00:00Z", "'ACKNOWLEDGED'");
      escalation(s, 2, 1, "SLA", 2, 0, "2026-09-02T02:00Z", "'OPEN'");
      escalation(s, 3, 1, "SLA", 4, 1, "2026-09-02T02:30Z", null);
      escalation(s, 4, 2, "REQUESTER", null, null, "2026-09-09T02:00Z", "'CLOSED'");
      escalation(s, 5, 3, "SLA", 2, 0, "2026-09-06T02:00Z", "'OPEN'");
      escalation(s, 6, 3, "SLA", 3, 0, "2026-09-07T02:00Z", "'OPEN'");
      escalation(s, 7, 4, "REQUESTER", null, null, "2026-10-05T02:00Z", "'OPEN'");
      rating(s, 1, 2, "'Took two days'", "2026-09-03T02:00Z");
      rating(s, 5, 4, "NULL", "2026-09-05T02:00Z");
      rating(s, 2, 5, "NULL", "2026-09-11T02:00Z");
      s.execute(
          "INSERT INTO ticket_audit (id, ticket_id, changed_at, actor, field_name, old_value,"
              + " new_value) VALUES (-9100002, "
              + id(2)
              + ", '2026-09-06T02:00Z', 'rina', 'status', '\"RESOLVED\"'::jsonb,"
              + " '\"REOPENED\"'::jsonb)");
      minutes(s, 1, 1, 30);
      minutes(s, 2, 1, 15);
      minutes(s, 3, 5, 60);
    }
  }

  @AfterAll
  static void removeData() throws SQLException {
    try (Connection db = ItDatabase.connection();
        Statement s = db.createStatement()) {
      String ids = "(SELECT id FROM ticket WHERE id BETWEEN " + id(999) + " AND " + id(0) + ")";
      s.execute(
          "DELETE FROM escalation_case WHERE escalation_id IN"
              + " (SELECT id FROM ticket_escalation WHERE ticket_id IN "
              + ids
              + ")");
      for (String table :
          List.of(
              "ticket_escalation",
              "ticket_sla",
              "ticket_satisfaction",
              "ticket_audit",
              "ticket_comment")) {
        s.execute("DELETE FROM " + table + " WHERE ticket_id IN " + ids);
      }
      s.execute("DELETE FROM ticket WHERE id IN " + ids);
    }
  }

  @Test
  void escalationReportMatchesTheHandCount() {
    JsonPath r = report("maya", "escalations", SEPTEMBER + "&team=" + TEAM);
    assertThat(r.getLong("total")).isEqualTo(6);
    assertThat(levels(r, "byLevel"))
        .containsExactly(
            Map.entry("WARNING", 1L),
            Map.entry("BREACH", 2L),
            Map.entry("SECOND_LEVEL", 1L),
            Map.entry("REMINDER", 1L),
            Map.entry("NOT_SATISFIED", 1L));
    assertThat(levels(r, "byCause"))
        .containsExactly(
            Map.entry("SLA_WARNING", 1L),
            Map.entry("SLA_BREACH", 4L),
            Map.entry("NOT_SATISFIED", 1L));
    assertThat(r.getLong("open")).isEqualTo(4);
    assertThat(r.getLong("acknowledged")).isEqualTo(1);
    assertThat(r.getLong("closed")).isEqualTo(1);
    assertThat(
            r.getList(
                "perWeek.findAll { it.n > 0 }.collect { it.period + ' ' + it.key + ' ' + it.n }",
                String.class))
        .containsExactlyInAnyOrder(
            "2026-08-31 WARNING 1",
            "2026-08-31 BREACH 2",
            "2026-08-31 REMINDER 1",
            "2026-09-07 SECOND_LEVEL 1",
            "2026-09-07 NOT_SATISFIED 1");
    assertThat(levels(r, "repeatRequesters")).containsExactly(Map.entry("rina", 2L));
    assertThat(levels(r, "repeatServices")).containsExactly(Map.entry("hardware", 3L));

    // Drill-down: the breaches, newest first, each naming its ticket and case state.
    JsonPath rows =
        report("maya", "escalations/rows", SEPTEMBER + "&team=" + TEAM + "&level=BREACH");
    assertThat(rows.getList("items.ticketNumber", String.class))
        .containsExactly(number(3), number(1));
    assertThat(rows.getList("items.status", String.class)).containsExactly("OPEN", "OPEN");
    // Paged two at a time over all six: three pages, no row twice.
    List<String> seen = new ArrayList<>();
    String cursor = "";
    do {
      JsonPath page =
          report(
              "maya",
              "escalations/rows",
              SEPTEMBER + "&team=" + TEAM + "&limit=2&cursor=" + cursor);
      seen.addAll(page.getList("items.level", String.class));
      cursor = page.getString("next");
    } while (cursor != null);
    assertThat(seen)
        .containsExactly(
            "NOT_SATISFIED", "SECOND_LEVEL", "BREACH", "REMINDER", "BREACH", "WARNING");
  }

  @Test
  void slaComplianceAndBusinessTimesMatchTheHandCount() {
    JsonPath r = report("maya", "sla", SEPTEMBER + "&team=" + TEAM);
    assertThat(r.getLong("firstResponse.completed")).isEqualTo(3);
    assertThat(r.getLong("firstResponse.met")).isEqualTo(2);
    assertThat(r.getLong("firstResponse.late")).isEqualTo(1);
    assertThat(r.getDouble("firstResponse.percentMet")).isEqualTo(66.7);
    assertThat(r.getDouble("firstResponse.averageSeconds")).isEqualTo(5600.0);
    assertThat(r.getDouble("firstResponse.p90Seconds")).isEqualTo(11880.0);
    assertThat(r.getLong("resolution.completed")).isEqualTo(3);
    assertThat(r.getLong("resolution.met")).isEqualTo(2);
    assertThat(r.getLong("resolution.openOverdue")).isEqualTo(1);
    assertThat(r.getDouble("resolution.averageSeconds")).isEqualTo(56266.7);
    assertThat(r.getDouble("resolution.p90Seconds")).isEqualTo(79120.0);
    assertThat(
            r.getList(
                "weeks.collect { it.week + ' ' + it.firstResponseCompleted + '/' + it.firstResponseMet"
                    + " + ' ' + it.resolutionCompleted + '/' + it.resolutionMet }",
                String.class))
        .containsExactly("2026-08-31 3/2 2/1", "2026-09-07 0/0 1/1");
    // P1 only: T3's first response, in time, and its overdue resolution.
    JsonPath p1 = report("maya", "sla", SEPTEMBER + "&team=" + TEAM + "&priority=P1");
    assertThat(p1.getLong("firstResponse.completed")).isEqualTo(1);
    assertThat(p1.getDouble("firstResponse.percentMet")).isEqualTo(100.0);
    assertThat(p1.getLong("resolution.completed")).isZero();
    assertThat(p1.getLong("resolution.openOverdue")).isEqualTo(1);
  }

  @Test
  void backlogSatisfactionAndLoadMatchTheHandCount() {
    JsonPath b = report("maya", "backlog", SEPTEMBER + "&team=" + TEAM);
    assertThat(b.getLong("open")).isEqualTo(2);
    assertThat(b.getList("ages.collect { it.bucket + ' ' + it.status + ' ' + it.n }", String.class))
        .containsExactly("D30_ IN_PROGRESS 1", "D30_ NEW 1");
    assertThat(b.<Map<String, Object>>getList("flow")).hasSize(30);
    assertThat(b.getLong("flow.sum { it.created }")).isEqualTo(4);
    assertThat(b.getLong("flow.sum { it.resolved }")).isEqualTo(3);
    assertThat(b.getLong("flow.find { it.day == '2026-09-04' }.resolved")).isEqualTo(1);
    assertThat(b.getLong("reopened")).isEqualTo(1);
    assertThat(b.getLong("resolved")).isEqualTo(3);
    JsonPath oldest = report("maya", "backlog/oldest", "team=" + TEAM);
    assertThat(oldest.getList("items.number", String.class)).containsExactly(number(3), number(4));

    JsonPath s = report("maya", "satisfaction", SEPTEMBER + "&team=" + TEAM);
    assertThat(s.getLong("ratings")).isEqualTo(3);
    assertThat(s.getDouble("average")).isEqualTo(3.67);
    assertThat(s.getList("distribution.n", Long.class)).containsExactly(0L, 1L, 0L, 1L, 1L);
    JsonPath low = report("maya", "satisfaction/low", SEPTEMBER + "&team=" + TEAM);
    assertThat(low.getList("items.ticketNumber", String.class)).containsExactly(number(1));
    assertThat(low.getList("items.comment", String.class)).containsExactly("Took two days");

    JsonPath l = report("maya", "load", SEPTEMBER + "&team=" + TEAM);
    assertThat(
            l.getList(
                "agents.collect { it.agent + ' ' + it.open + ' ' + it.resolved + ' ' + it.averageHandlingMinutes }",
                String.class))
        .containsExactly("tono 1 1 null", "sari 0 2 52.5");
    assertThat(
            l.getList(
                "teams.collect { it.agent + ' ' + it.open + ' ' + it.resolved }", String.class))
        .containsExactly(TEAM + " 2 3");

    JsonPath d = report("maya", "dashboard", SEPTEMBER + "&team=" + TEAM);
    assertThat(d.getLong("kpis.escalations")).isEqualTo(6);
    assertThat(d.getLong("kpis.openEscalations")).isEqualTo(4);
    assertThat(d.getDouble("kpis.resolutionMetPercent")).isEqualTo(66.7);
    assertThat(d.getLong("kpis.backlog")).isEqualTo(2);
    assertThat(d.getLong("kpis.created")).isEqualTo(4);
    assertThat(d.getLong("kpis.resolved")).isEqualTo(3);
    assertThat(d.getDouble("kpis.csat")).isEqualTo(3.67);
  }

  @Test
  void theRollupEqualsALiveRecountAfterRandomChanges() throws SQLException {
    Random random = new Random(2026_11);
    String[] teams = {"network", "identity", "workplace", null};
    String[] categories = {"hardware", "software", "network", "access"};
    String[] priorities = {"P1", "P2", "P3", "P4"};
    String[] channels = {"PORTAL", "EMAIL", "PHONE", "API"};
    try (Connection db = ItDatabase.connection();
        Statement s = db.createStatement()) {
      for (int i = 0; i < 40; i++) {
        String created =
            String.format("2025-03-%02dT%02d:30Z", 1 + random.nextInt(28), random.nextInt(24));
        ticket(s, 100 + i, priorities[random.nextInt(4)], "NEW", "budi", "NULL", created, "NULL");
        s.executeUpdate("UPDATE ticket SET team = 'network' WHERE id = " + id(100 + i));
      }
      for (int step = 0; step < 200; step++) {
        long id = id(100 + random.nextInt(40));
        String change =
            switch (random.nextInt(7)) {
              case 0 -> "team = " + quoted(teams[random.nextInt(teams.length)]);
              case 1 -> "category = " + quoted(categories[random.nextInt(4)]);
              case 2 -> "priority = " + quoted(priorities[random.nextInt(4)]);
              case 3 -> "channel = " + quoted(channels[random.nextInt(4)]);
              case 4 ->
                  "status = 'RESOLVED', resolved_at = created_at + interval '"
                      + random.nextInt(200)
                      + " hours'";
              case 5 -> "status = 'REOPENED', resolved_at = NULL";
              default ->
                  "created_at = created_at + interval '" + (random.nextInt(48) - 24) + " hours'";
            };
        s.executeUpdate("UPDATE ticket SET " + change + " WHERE id = " + id);
        if (random.nextInt(10) == 0) {
          try (ResultSet f =
              s.executeQuery("SELECT report_fold(" + (1 + random.nextInt(50)) + ")")) {
            f.next();
          }
        }
      }
      s.executeUpdate("DELETE FROM ticket WHERE id = " + id(139));
      assertSameSnapshot(db);
      await().atMost(Duration.ofSeconds(90)).until(() -> pendingDeltas(db) == 0); // the timer folds
      assertSameSnapshot(db);
    }
    // The API's flow (from the rollup) equals the live count of its window.
    JsonPath b = report("maya", "backlog", "from=2025-02-20&to=2025-04-30");
    try (Connection db = ItDatabase.connection()) {
      Map<String, Long> live = liveCreatedPerDay(db);
      Map<String, Long> api = new TreeMap<>();
      for (Map<String, Object> day : b.<Map<String, Object>>getList("flow")) {
        if (((Number) day.get("created")).longValue() > 0) {
          api.put((String) day.get("day"), ((Number) day.get("created")).longValue());
        }
      }
      assertThat(api).isNotEmpty().isEqualTo(live);
    }
  }

  @Test
  void onlyLeadsManagersAndAdminsSeeReportsAndLeadsOnlyTheirTeams() {
    for (String user : List.of("rina", "sari")) {
      as(base, user).get("api/reports/dashboard?" + SEPTEMBER).then().statusCode(403);
    }
    as(base, "admin").get("api/reports/load?" + SEPTEMBER).then().statusCode(200);
    // tono leads the service desk and this test's team: his reports count his teams only ...
    assertThat(report("tono", "escalations", SEPTEMBER).getLong("total")).isEqualTo(6);
    assertThat(report("tono", "escalations", SEPTEMBER + "&team=" + TEAM).getLong("total"))
        .isEqualTo(6);
    // ... and another team's is refused.
    as(base, "tono")
        .get("api/reports/escalations?" + SEPTEMBER + "&team=network")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(base, "maya")
        .get("api/reports/sla?from=2026-09-30&to=2026-09-01")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  /** Rollup and recount read in one snapshot (the SLA sweeper may change a priority meanwhile). */
  private static void assertSameSnapshot(Connection db) throws SQLException {
    db.setAutoCommit(false);
    db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    try {
      Map<String, String> rollup = rollup(db);
      assertThat(rollup).isNotEmpty().isEqualTo(recount(db));
    } finally {
      db.commit();
      db.setAutoCommit(true);
    }
  }

  private JsonPath report(String user, String name, String query) {
    return as(base, user)
        .get("api/reports/" + name + "?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<Map.Entry<String, Long>> levels(JsonPath r, String path) {
    List<Map.Entry<String, Long>> out = new ArrayList<>();
    for (Map<String, Object> c : r.<Map<String, Object>>getList(path)) {
      long n = ((Number) c.get("n")).longValue();
      if (n > 0) {
        out.add(Map.entry((String) c.get("key"), n));
      }
    }
    return out;
  }

  static long id(int n) {
    return -9_000_000L - n;
  }

  static String number(int n) {
    return String.format("LKT-2026-%06d-0", 990_000 + n); // the form, not a valid check digit
  }

  static String quoted(String s) {
    return s == null ? "NULL" : "'" + s + "'";
  }

  static void ticket(
      Statement s,
      int n,
      String priority,
      String status,
      String requester,
      String assignee,
      String created,
      String resolved)
      throws SQLException {
    s.execute(
        "INSERT INTO ticket (id, number, title, description, requester, category, impact, urgency,"
            + " priority, status, assignee, team, created_at, updated_at, resolved_at, version)"
            + " VALUES ("
            + id(n)
            + ", '"
            + number(n)
            + "', 'Report test "
            + n
            + "', 'Hand-built.', '"
            + requester
            + "', 'hardware', 'MEDIUM', 'MEDIUM', '"
            + priority
            + "', '"
            + status
            + "', "
            + assignee
            + ", '"
            + TEAM
            + "', '"
            + created
            + "', '"
            + created
            + "', "
            + resolved
            + ", 1)");
  }

  static void clock(Statement s, int n, String target, String met, String due, Integer seconds)
      throws SQLException {
    s.execute(
        "INSERT INTO ticket_sla (ticket_id, target, policy_code, calendar_code, target_seconds,"
            + " warn_percent, started_at, due_at, met_at, business_seconds)"
            + " SELECT id, '"
            + target
            + "', 'p3-default', 'office-jakarta', 3600, 75, created_at, '"
            + due
            + "', "
            + (met == null ? "NULL" : "'" + met + "'")
            + ", "
            + seconds
            + " FROM ticket WHERE id = "
            + id(n));
  }

  static void escalation(
      Statement s,
      int e,
      int n,
      String cause,
      Integer level,
      Integer reminder,
      String at,
      String status)
      throws SQLException {
    boolean sla = "SLA".equals(cause);
    s.execute(
        "INSERT INTO ticket_escalation (id, ticket_id, escalated_by, reason, escalated_at, cause,"
            + " target, round, level, reminder, closed_at) VALUES ("
            + (-9_100_000L - e)
            + ", "
            + id(n)
            + ", 'system', 'Hand-built', '"
            + at
            + "', '"
            + cause
            + "', "
            + (sla ? "'RESOLUTION', 1, " + level + ", " + reminder : "NULL, NULL, NULL, NULL")
            + ", "
            + ("'CLOSED'".equals(status) ? "'" + at + "'" : "NULL")
            + ")");
    if (status != null) {
      s.execute(
          "INSERT INTO escalation_case (id, escalation_id, event_id, ticket_number, requester,"
              + " reason, escalated_at, recorded_at, status, cause, ticket_id, team, acknowledged_at)"
              + " VALUES ("
              + (-9_100_000L - e)
              + ", "
              + (-9_100_000L - e)
              + ", "
              + (-9_100_000L - e)
              + ", '"
              + number(n)
              + "', 'rina', 'Hand-built', '"
              + at
              + "', '"
              + at
              + "', "
              + status
              + ", '"
              + cause
              + "', "
              + id(n)
              + ", '"
              + TEAM
              + "', "
              + ("'ACKNOWLEDGED'".equals(status) ? "'" + at + "'" : "NULL")
              + ")");
    }
  }

  static void rating(Statement s, int n, int rating, String comment, String at)
      throws SQLException {
    s.execute(
        "INSERT INTO ticket_satisfaction (id, ticket_id, rating, comment, rated_by, rated_at)"
            + " VALUES ("
            + (-9_200_000L - n)
            + ", "
            + id(n)
            + ", "
            + rating
            + ", "
            + comment
            + ", 'rina', '"
            + at
            + "')");
  }

  static void minutes(Statement s, int c, int n, int minutes) throws SQLException {
    s.execute(
        "INSERT INTO ticket_comment (id, ticket_id, author, body, visibility, created_at,"
            + " minutes_spent) SELECT "
            + (-9_300_000L - c)
            + ", id, 'sari', 'Worked on it.', 'INTERNAL', created_at, "
            + minutes
            + " FROM ticket WHERE id = "
            + id(n));
  }

  /** The rollup, folded rows plus pending deltas, per (day, team, category, priority, channel). */
  static Map<String, String> rollup(Connection db) throws SQLException {
    return grouped(
        db,
        "SELECT day, team, category, priority, channel, sum(created), sum(resolved) FROM ("
            + " SELECT day, team, category, priority, channel, created, resolved FROM report_day"
            + " UNION ALL SELECT day, team, category, priority, channel, created, resolved"
            + " FROM report_day_delta) x GROUP BY 1, 2, 3, 4, 5"
            + " HAVING sum(created) <> 0 OR sum(resolved) <> 0");
  }

  /** The same counted over the tickets now. */
  static Map<String, String> recount(Connection db) throws SQLException {
    return grouped(
        db,
        "SELECT day, team, category, priority, channel, sum(c), sum(r) FROM ("
            + " SELECT (created_at AT TIME ZONE z)::date AS day, COALESCE(team, '') AS team,"
            + " category, priority, channel, 1 AS c, 0 AS r FROM ticket, (SELECT zone AS z FROM"
            + " report_setting) s"
            + " UNION ALL SELECT (resolved_at AT TIME ZONE z)::date, COALESCE(team, ''), category,"
            + " priority, channel, 0, 1 FROM ticket, (SELECT zone AS z FROM report_setting) s"
            + " WHERE resolved_at IS NOT NULL) x GROUP BY 1, 2, 3, 4, 5");
  }

  static Map<String, String> grouped(Connection db, String sql) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (PreparedStatement p = db.prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(
            r.getString(1)
                + "|"
                + r.getString(2)
                + "|"
                + r.getString(3)
                + "|"
                + r.getString(4)
                + "|"
                + r.getString(5),
            r.getLong(6) + "/" + r.getLong(7));
      }
    }
    return out;
  }

  static long pendingDeltas(Connection db) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT count(*) FROM report_day_delta");
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  static Map<String, Long> liveCreatedPerDay(Connection db) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (PreparedStatement p =
            db.prepareStatement(
                "SELECT (created_at AT TIME ZONE 'Asia/Jakarta')::date::text, count(*) FROM ticket"
                    + " WHERE created_at >= '2025-02-19T17:00Z' AND created_at < '2025-04-30T17:00Z'"
                    + " GROUP BY 1");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1), r.getLong(2));
      }
    }
    return out;
  }
}
