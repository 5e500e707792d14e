package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.probe.ItProbe;
import id.loket.it.support.ItBroker;
import id.loket.it.support.ItDatabase;
import id.loket.ticket.entity.TicketNumber;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The write path end to end on PostgreSQL and a real broker: events leave through the outbox
 * (broker down ≠ service down; a rolled-back change publishes nothing), consumers are idempotent (a
 * duplicate has one effect; poison ends as a dead letter an admin can retry), history is read a
 * page at a time, and a write based on an old version is refused.
 */
@ExtendWith(ArquillianExtension.class)
class WritePathIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String ROWS = "X-Loket-Rows-Read";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(ItProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void aTicketCreatedWhileTheBrokerIsDownIsAcknowledgedAndNotifiedOnceAfterItReturns()
      throws Exception {
    ItBroker.stop();
    String number;
    try {
      number = open(base, "rina", "Created while the broker is away");

      String readiness =
          RestAssured.given()
              .baseUri(new URL(base, "/").toString())
              .auth()
              .preemptive()
              .basic("admin", LoketDeployment.PASSWORD)
              .accept(ContentType.JSON)
              .get("health/ready")
              .then()
              .extract()
              .asString();
      assertThat(readiness).as("readiness").startsWith("{");
      JsonPath ready = JsonPath.from(readiness);
      assertThat(ready.getString("status")).as("readiness needs no broker").isEqualTo("UP");
      assertThat(ready.getString("checks.find { it.name == 'messaging' }.data.broker"))
          .isEqualTo("DOWN");
      assertThat(messaging().getLong("outboxBacklog")).isGreaterThanOrEqualTo(1);
      assertThat(notifications("rina")).doesNotContain(number);
    } finally {
      ItBroker.start();
    }

    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(() -> assertThat(notifications("rina")).contains(number));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(notifications("rina")).filteredOn(number::equals).hasSize(1));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(messaging().getLong("outboxBacklog")).isZero());
  }

  @Test
  void aChangeRolledBackAfterItsEventWasWrittenPublishesNothing() throws Exception {
    Map<String, Object> probe =
        as(base, "rina")
            .post("api/it-probe/open-then-roll-back")
            .then()
            .statusCode(200)
            .extract()
            .as(Map.class);
    String rolledBack = (String) probe.get("number");
    assertThat(((Number) probe.get("outboxRows")).intValue())
        .as("the event was written before the rollback")
        .isEqualTo(1);

    as(base, "rina").get("api/tickets/" + rolledBack).then().statusCode(404);
    assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_key = ?", rolledBack))
        .isZero();
    String marker = open(base, "rina", "Marker after a rolled-back ticket");
    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(notifications("rina")).contains(marker));
    assertThat(notifications("rina")).doesNotContain(rolledBack);
  }

  @Test
  void aMessageDeliveredTwiceHasOneEffect() throws Exception {
    long eventId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    String twice = TicketNumber.of(2099, eventId % 900_000 + 1).value();
    String marker = TicketNumber.of(2098, eventId % 900_000 + 1).value();
    send(envelope(eventId, twice, "rina"), 2);
    send(envelope(eventId + 1, marker, "rina"), 1);

    await()
        .atMost(PATIENCE)
        .untilAsserted(() -> assertThat(notifications("rina")).contains(marker));
    assertThat(notifications("rina")).filteredOn(twice::equals).hasSize(1);
    assertThat(
            count(
                "SELECT count(*) FROM consumed_event WHERE consumer = 'notification'"
                    + " AND event_id = ?",
                eventId))
        .isEqualTo(1);
  }

  @Test
  void aPoisonMessageBecomesADeadLetterThatAnAdministratorSeesAndRetries() throws Exception {
    String poison = "poison " + System.nanoTime() + " is not an event";
    send(poison, 1);
    long eventId = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    String incomplete =
        "{\"eventId\":"
            + eventId
            + ",\"type\":\"TICKET_CREATED\",\"aggregateType\":\"ticket\",\"key\":\"k\","
            + "\"occurredAt\":\"2026-11-23T00:00:00Z\",\"data\":{\"number\":\"x\"}}";
    send(incomplete, 1);

    Map<String, Object> unreadable = awaitDeadLetter(l -> poison.equals(l.get("body")));
    assertThat(unreadable.get("eventId")).isNull();
    assertThat(unreadable.get("retryable")).isEqualTo(false);
    assertThat(unreadable.get("attempts")).as("unreadable: no second try").isEqualTo(1);
    assertThat((String) unreadable.get("error")).contains("Not an event envelope");

    Map<String, Object> letter =
        awaitDeadLetter(l -> Long.valueOf(eventId).equals(number(l.get("eventId"))));
    assertThat(letter.get("retryable")).isEqualTo(true);
    assertThat(letter.get("attempts")).isEqualTo(3);
    assertThat((String) letter.get("error")).contains("requester");
    long id = number(letter.get("id"));
    long version = number(letter.get("version"));

    as(base, "rina").get("api/admin/dead-letters").then().statusCode(403);
    as(base, "admin")
        .post("api/admin/dead-letters/" + id + "/retry")
        .then()
        .statusCode(428)
        .contentType(startsWith(PROBLEM));
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .post("api/admin/dead-letters/" + id + "/retry")
        .then()
        .statusCode(200)
        .body("retriedBy", equalTo("admin"))
        .body("retryable", equalTo(false));
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .post("api/admin/dead-letters/" + id + "/retry")
        .then()
        .statusCode(412)
        .contentType(startsWith(PROBLEM));

    // The retried event was published again under its own id; it still lacks its requester, so
    // it fails again and comes back as a new dead letter for the same event.
    awaitDeadLetter(
        l -> Long.valueOf(eventId).equals(number(l.get("eventId"))) && number(l.get("id")) != id);
  }

  @Test
  void aTicketWith2000HistoryRowsReadsOnePageLikeOneWith10() throws Exception {
    String big = open(base, "rina", "A ticket with a long history");
    String small = open(base, "rina", "A ticket with a short history");
    ItDatabase.addHistory(big, 1_999);
    ItDatabase.addHistory(small, 9);

    Response bigPage = as(base, "sari").get("api/tickets/" + big + "/history?limit=50");
    Response smallPage = as(base, "sari").get("api/tickets/" + small + "/history?limit=50");
    bigPage.then().statusCode(200).body("items.size()", equalTo(50));
    // 9 added, "created" and the team routing put the ticket in
    smallPage.then().statusCode(200).body("items.size()", equalTo(11));
    long bigRows = Long.parseLong(bigPage.header(ROWS));
    long smallRows = Long.parseLong(smallPage.header(ROWS));
    assertThat(bigRows)
        .as("rows read for a page of the 2,000-row history")
        .isLessThanOrEqualTo(smallRows + 41)
        .isLessThan(60);

    Response bigTicket = as(base, "sari").get("api/tickets/" + big);
    Response smallTicket = as(base, "sari").get("api/tickets/" + small);
    assertThat(bigTicket.header(ROWS))
        .as("a ticket reads the same either way")
        .isEqualTo(smallTicket.header(ROWS));

    List<Long> ids = new ArrayList<>();
    String next = null;
    do {
      JsonPath page =
          as(base, "sari")
              .queryParam("limit", 200)
              .queryParams(next == null ? Map.of() : Map.of("before", next))
              .get("api/tickets/" + big + "/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      ids.addAll(page.getList("items.id", Long.class));
      next = page.getString("next");
    } while (next != null);
    // 1,999 added, "created" and the team routing put the ticket in
    assertThat(ids).hasSize(2_001).doesNotHaveDuplicates();
  }

  @Test
  void aWriteBasedOnAnOldVersionIsRefused() {
    String number = open(base, "rina", "Two agents answer at once");
    String etag =
        as(base, "sari")
            .get("api/tickets/" + number)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo("\"1\"");
    Map<String, String> reply = Map.of("body", "On my way", "visibility", "PUBLIC");

    as(base, "sari")
        .header("If-Match", etag)
        .body(reply)
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201)
        .header("ETag", equalTo("\"2\""));
    as(base, "tono")
        .header("If-Match", etag)
        .body(reply)
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(412)
        .contentType(startsWith(PROBLEM));
    as(base, "tono")
        .header("If-Match", "\"two\"")
        .body(Map.of("to", "ASSIGNED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM));
    as(base, "sari")
        .get("api/tickets/" + number + "/comments")
        .then()
        .body("items.size()", equalTo(1));
  }

  // ---- helpers

  private List<String> notifications(String user) {
    return as(base, user)
        .get("api/me/notifications?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .path("items.ticketNumber");
  }

  private JsonPath messaging() {
    return as(base, "admin").get("api/admin/messaging").then().statusCode(200).extract().jsonPath();
  }

  private void send(String body, int copies) {
    as(base, "admin")
        .contentType(ContentType.TEXT)
        .body(body)
        .post("api/it-probe/send?copies=" + copies)
        .then()
        .statusCode(204);
  }

  private static String envelope(long eventId, String number, String requester) {
    return "{\"eventId\":"
        + eventId
        + ",\"type\":\"TICKET_CREATED\",\"aggregateType\":\"ticket\",\"key\":\""
        + number
        + "\",\"occurredAt\":\"2026-11-23T00:00:00Z\",\"data\":{\"number\":\""
        + number
        + "\",\"requester\":\""
        + requester
        + "\",\"priority\":\"P4\"}}";
  }

  private Map<String, Object> awaitDeadLetter(
      java.util.function.Predicate<Map<String, Object>> which) {
    List<Map<String, Object>> found = new ArrayList<>();
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              List<Map<String, Object>> open =
                  as(base, "admin")
                      .get("api/admin/dead-letters?limit=200")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath()
                      .getList("items");
              found.clear();
              open.stream().filter(which).forEach(found::add);
              assertThat(found).isNotEmpty();
            });
    return found.get(0);
  }

  private static long number(Object json) {
    return json == null ? -1 : ((Number) json).longValue();
  }

  private static long count(String sql, Object param) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setObject(1, param);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
