package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItDatabase;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA engine end to end, on the real clock: a requester of a group whose policies have targets
 * of seconds on the round-the-clock calendar (only this class's requesters are in that group, so no
 * other test's tickets escalate) opens tickets; the sweepers (the timer, and admins sweeping on
 * demand) warn and breach each target once however often they run, the breach raises the priority
 * and tells the managers, a ticket waiting for its requester does not breach, and a priority change
 * recalculates the due instant with a ledger line that says why.
 */
@ExtendWith(ArquillianExtension.class)
class SlaEngineIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  /**
   * A requester in a group of their own, with policies for it: {@code firstResponse} and {@code
   * resolution} seconds for P2, P3 and P4 alike except where given; warnings at 50 %.
   */
  private String requesterWithPolicies(Map<String, int[]> targets) throws SQLException {
    String group = "sla-it-" + UUID.randomUUID().toString().substring(0, 8);
    String user = "slait" + UUID.randomUUID().toString().substring(0, 6);
    as(base, "admin")
        .post(
            "api/it-accounts/create?username=" + user + "&password=" + PASSWORD + "&role=REQUESTER")
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

  private String open(String user, String impact, String urgency) {
    return as(base, user)
        .body(
            Map.of(
                "title",
                "SLA " + UUID.randomUUID(),
                "description",
                "The VPN drops every few minutes.",
                "category",
                "network",
                "impact",
                impact,
                "urgency",
                urgency))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }

  private List<Map<String, Object>> escalations(String number) {
    return as(base, "maya")
        .queryParam("ticket", number)
        .queryParam("limit", 200)
        .get("api/escalations")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private JsonPath sla(String number) {
    return as(base, "sari")
        .get("api/tickets/" + number + "/sla")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private List<Map<String, Object>> ledger(String number) {
    return as(base, "sari")
        .queryParam("limit", 100)
        .get("api/tickets/" + number + "/sla/ledger")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  private void sweep() {
    as(base, "admin").post("api/admin/sla/sweep").then().statusCode(200);
  }

  private static long count(List<Map<String, Object>> cases, String target, int level) {
    return cases.stream()
        .filter(
            c -> target.equals(c.get("target")) && Integer.valueOf(level).equals(c.get("level")))
        .count();
  }

  @Test
  void aWarningAndABreachEscalateOnceEachHoweverOftenTheSweepRuns() throws SQLException {
    String user =
        requesterWithPolicies(Map.of("P2", new int[] {3, 3600}, "P1", new int[] {3, 1800}));
    String number = open(user, "HIGH", "MEDIUM"); // P2: first response due after 3 s

    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> count(escalations(number), "FIRST_RESPONSE", 2) == 1);
    for (int i = 0; i < 3; i++) {
      sweep();
    }
    List<Map<String, Object>> cases = escalations(number);
    assertThat(count(cases, "FIRST_RESPONSE", 1)).as("warnings").isEqualTo(1);
    assertThat(count(cases, "FIRST_RESPONSE", 2)).as("breaches").isEqualTo(1);
    assertThat(cases).allSatisfy(c -> assertThat(c.get("cause")).isEqualTo("SLA"));

    // The breach raised the priority one step (audited, by "sla") and told the managers.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                "P1"
                    .equals(
                        as(base, "sari")
                            .get("api/tickets/" + number)
                            .then()
                            .extract()
                            .path("priority")));
    List<Map<String, Object>> mayas =
        as(base, "maya")
            .queryParam("limit", 200)
            .get("api/me/notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(mayas)
        .filteredOn(n -> number.equals(n.get("ticketNumber")) && "SLA_BREACH".equals(n.get("kind")))
        .hasSize(1);
    List<Map<String, Object>> lines = ledger(number);
    assertThat(lines)
        .extracting(l -> l.get("kind"))
        .contains("STARTED", "WARNED", "BREACHED", "RECALCULATED");
    assertThat(lines).filteredOn(l -> "BREACHED".equals(l.get("kind"))).hasSize(1);
  }

  @Test
  void aTicketWaitingForItsRequesterDoesNotBreachAndResumesWithWhatWasLeft() throws SQLException {
    String user = requesterWithPolicies(Map.of("P3", new int[] {3600, 6}));
    String number = open(user, "MEDIUM", "MEDIUM"); // P3: resolution due after 6 s
    String status = as(base, "sari").get("api/tickets/" + number).then().extract().path("status");
    if ("NEW".equals(status)) {
      transition(number, "ASSIGNED");
    }
    transition(number, "WAITING_FOR_REQUESTER");
    Instant pausedAt = Instant.now();

    JsonPath paused = sla(number);
    assertThat(paused.getString("clocks.find { it.target == 'RESOLUTION' }.state"))
        .isEqualTo("PAUSED");
    assertThat(paused.getString("clocks.find { it.target == 'RESOLUTION' }.dueAt")).isNull();

    // Well past the 6 s target, with sweeps: nothing escalates while the clock is stopped.
    await()
        .during(Duration.ofSeconds(9))
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              sweep();
              return escalations(number).stream()
                  .noneMatch(c -> "RESOLUTION".equals(c.get("target")));
            });
    assertThat(Instant.now()).isAfter(pausedAt.plusSeconds(8));

    transition(number, "IN_PROGRESS");
    JsonPath resumed = sla(number);
    Instant due =
        Instant.parse(resumed.getString("clocks.find { it.target == 'RESOLUTION' }.dueAt"));
    assertThat(resumed.getString("clocks.find { it.target == 'RESOLUTION' }.state"))
        .isEqualTo("RUNNING");
    assertThat(due)
        .as("due after the resumption, not 6 s after the start")
        .isAfter(pausedAt.plusSeconds(8));
    assertThat(ledger(number)).extracting(l -> l.get("kind")).contains("PAUSED", "RESUMED");
  }

  @Test
  void aPriorityChangeRecalculatesFromTheSameStartAndTheLedgerSaysWhy() throws SQLException {
    String user =
        requesterWithPolicies(
            Map.of("P4", new int[] {36_000, 100_000}, "P2", new int[] {3_600, 20_000}));
    String number = open(user, "LOW", "LOW"); // P4
    JsonPath before = sla(number);
    Instant start =
        Instant.parse(before.getString("clocks.find { it.target == 'RESOLUTION' }.startedAt"));
    assertThat(before.getLong("clocks.find { it.target == 'RESOLUTION' }.targetSeconds"))
        .isEqualTo(100_000);

    String etag = as(base, "sari").get("api/tickets/" + number).then().extract().header("ETag");
    as(base, "sari")
        .header("If-Match", etag)
        .body(Map.of("impact", "HIGH", "urgency", "MEDIUM", "category", "network"))
        .put("api/tickets/" + number + "/workbench/classification")
        .then()
        .statusCode(200);

    JsonPath after = sla(number);
    String res = "clocks.find { it.target == 'RESOLUTION' }";
    assertThat(after.getLong(res + ".targetSeconds")).isEqualTo(20_000);
    assertThat(Instant.parse(after.getString(res + ".dueAt")))
        .as("the new target counts from the same start")
        .isEqualTo(start.plusSeconds(20_000));
    assertThat(after.getList(res + ".because.key", String.class))
        .contains("sla.because.recalculated");
    List<String> args =
        after.getList(
            res + ".because.find { it.key == 'sla.because.recalculated' }.args", String.class);
    assertThat(args.subList(0, 3)).containsExactly("priority", "P4", "P2");

    Map<String, Object> recalculated =
        ledger(number).stream()
            .filter(
                l -> "RECALCULATED".equals(l.get("kind")) && "RESOLUTION".equals(l.get("target")))
            .findFirst()
            .orElseThrow();
    assertThat(Instant.parse((String) recalculated.get("oldDue")))
        .isEqualTo(start.plusSeconds(100_000));
    assertThat(Instant.parse((String) recalculated.get("newDue")))
        .isEqualTo(start.plusSeconds(20_000));
    @SuppressWarnings("unchecked")
    Map<String, Object> detail = (Map<String, Object>) recalculated.get("detail");
    assertThat(detail).containsEntry("from", "P4").containsEntry("to", "P2");

    // Requesters see no SLA internals.
    as(base, user).get("api/tickets/" + number + "/sla").then().statusCode(403);
  }

  @Test
  void aBreachAcknowledgedWithANoteLeavesTheOpenList() throws SQLException {
    String user =
        requesterWithPolicies(Map.of("P2", new int[] {2, 3600}, "P1", new int[] {2, 1800}));
    String number = open(user, "HIGH", "MEDIUM");
    await()
        .atMost(Duration.ofSeconds(40))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> count(escalations(number), "FIRST_RESPONSE", 2) == 1);
    Map<String, Object> breach =
        escalations(number).stream()
            .filter(c -> Integer.valueOf(2).equals(c.get("level")))
            .findFirst()
            .orElseThrow();
    String path = "api/escalations/" + breach.get("id") + "/acknowledgement";
    as(base, "maya")
        .body(Map.of("note", "Calling the requester now"))
        .post(path)
        .then()
        .statusCode(428);
    as(base, "maya")
        .header("If-Match", "\"" + breach.get("version") + "\"")
        .body(Map.of("note", " "))
        .post(path)
        .then()
        .statusCode(422);
    as(base, "rina")
        .header("If-Match", "\"" + breach.get("version") + "\"")
        .body(Map.of("note", "Mine"))
        .post(path)
        .then()
        .statusCode(403);
    String status =
        as(base, "maya")
            .header("If-Match", "\"" + breach.get("version") + "\"")
            .body(Map.of("note", "Calling the requester now"))
            .post(path)
            .then()
            .statusCode(200)
            .extract()
            .path("status");
    assertThat(status).isEqualTo("ACKNOWLEDGED");
    as(base, "maya")
        .header("If-Match", "\"" + breach.get("version") + "\"")
        .body(Map.of("note", "Again"))
        .post(path)
        .then()
        .statusCode(412);
    List<Map<String, Object>> open =
        as(base, "maya")
            .queryParam("open", true)
            .queryParam("ticket", number)
            .get("api/escalations")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(open).noneMatch(c -> breach.get("id").equals(c.get("id")));
    assertThat(ledger(number)).extracting(l -> l.get("kind")).contains("ACKNOWLEDGED");
  }

  private void transition(String number, String to) {
    as(base, "sari")
        .body(Map.of("to", to))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
  }
}
