package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItSla;
import io.restassured.path.json.JsonPath;
import java.net.URL;
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

  private String requesterWithPolicies(Map<String, int[]> targets) throws SQLException {
    return ItSla.requesterWithPolicies(base, PASSWORD, targets);
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

    // The desk's own escalations do not stand in the requester's way: "not satisfied" still
    // works, and travels the same queue into the same records.
    as(base, user)
        .body(Map.of("reason", "Nobody has answered yet"))
        .post("api/tickets/" + number + "/escalations")
        .then()
        .statusCode(201);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                escalations(number).stream().filter(c -> "REQUESTER".equals(c.get("cause"))).count()
                    == 1);
  }

  @Test
  void aTicketWaitingForItsRequesterDoesNotBreachAndResumesWithWhatWasLeft() throws SQLException {
    String user = requesterWithPolicies(Map.of("P3", new int[] {3600, 24}));
    String number = open(user, "MEDIUM", "MEDIUM"); // P3: warning after 12 s, resolution 24 s
    String status = as(base, "sari").get("api/tickets/" + number).then().extract().path("status");
    if ("NEW".equals(status)) {
      transition(number, "ASSIGNED");
    }
    transition(number, "WAITING_FOR_REQUESTER");

    String res = "clocks.find { it.target == 'RESOLUTION' }";
    JsonPath paused = sla(number);
    Instant start = Instant.parse(paused.getString(res + ".startedAt"));
    assertThat(paused.getString(res + ".state")).isEqualTo("PAUSED");
    assertThat(paused.getString(res + ".dueAt")).isNull();
    assertThat(paused.getLong(res + ".usedPercent"))
        .as("paused before the warning (a machine this slow cannot show the rest)")
        .isLessThan(50);

    // Until well past the 24 s target, sweeping all along: nothing escalates while it is stopped.
    Duration untilPastDue = Duration.between(Instant.now(), start.plusSeconds(27));
    await()
        .during(untilPastDue)
        .atMost(untilPastDue.plusSeconds(10))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              sweep();
              return escalations(number).stream()
                  .noneMatch(c -> "RESOLUTION".equals(c.get("target")));
            });

    Instant resumedAt = Instant.now();
    transition(number, "IN_PROGRESS");
    JsonPath resumed = sla(number);
    assertThat(resumed.getString(res + ".state")).isEqualTo("RUNNING");
    Instant due = Instant.parse(resumed.getString(res + ".dueAt"));
    assertThat(due)
        .as("due what was left after the resumption, not 24 s after the start")
        .isAfter(resumedAt)
        .isAfter(start.plusSeconds(27));
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
