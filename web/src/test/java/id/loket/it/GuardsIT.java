package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.support.ItDatabase;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
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
 * Guards at intake on the real server: secrets are stored masked and reach neither the database nor
 * the log in clear; the duplicate guard ranks the like ticket first and shows other people's
 * tickets only as number and title; joining a ticket makes a watcher who reads it; watchers over
 * REST.
 */
@ExtendWith(ArquillianExtension.class)
class GuardsIT {

  private static final String PASSWORD = "Hunter2!x";
  private static final String CARD = "4111 1111 1111 1111";

  /** Tables whose rows (every column, as text) must never hold a secret in clear. */
  private static final List<String> TABLES =
      List.of(
          "ticket",
          "ticket_comment",
          "ticket_audit",
          "outbox_event",
          "notification",
          "dead_letter",
          "ticket_watcher");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  /** A word no other test uses, so that similarity is decided by this test's tickets only. */
  private static String marker() {
    return "kx" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  @Test
  void secretsInATicketAndACommentAreStoredMaskedAndNeverInClearInTheDatabaseOrTheLog()
      throws Exception {
    Map<String, Object> body =
        Map.of(
            "title", "VPN login fails, password: " + PASSWORD,
            "description", "I paid the VPN licence with card " + CARD + " and it still fails.",
            "category", "access",
            "impact", "LOW",
            "urgency", "LOW");
    String number =
        as(base, "rina")
            .body(body)
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("number");
    as(base, "rina")
        .body(Map.of("body", "Still failing; my password is " + PASSWORD + " and PIN 4821"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);

    Map<String, Object> ticket =
        as(base, "rina").get("api/tickets/" + number).then().statusCode(200).extract().path("");
    assertThat(ticket.get("title")).isEqualTo("VPN login fails, password: ••••••");
    assertThat((String) ticket.get("description")).contains("•••• •••• •••• 1111");
    List<String> comments =
        as(base, "rina")
            .get("api/tickets/" + number + "/comments")
            .then()
            .statusCode(200)
            .extract()
            .path("items.body");
    assertThat(comments).containsExactly("Still failing; my password is •••••• and PIN ••••••");

    // the event was published and consumed (so the relay and the MDB have seen it)
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () ->
                assertThat(
                        as(base, "rina")
                            .get("api/me/notifications?limit=200")
                            .then()
                            .extract()
                            .<List<String>>path("items.ticketNumber"))
                    .contains(number));

    for (String clear : List.of(PASSWORD, CARD, CARD.replace(" ", ""), "PIN 4821")) {
      for (String table : TABLES) {
        assertThat(rowsContaining(table, clear)).as("%s in clear in %s", clear, table).isZero();
      }
    }
    assertThat(rowsContaining("ticket", "password: ••••••")).isPositive();

    String log = serverLog();
    assertThat(log).as("the server log").isNotEmpty();
    assertThat(log).doesNotContain(PASSWORD).doesNotContain(CARD);
  }

  @Test
  void theGuardEndpointNamesWhatItFoundAndShowsTheTextMasked() {
    Map<String, Object> check =
        as(base, "budi")
            .body(Map.of("text", "kata sandi saya adalah " + PASSWORD + ", kartu " + CARD))
            .post("api/guard/secrets")
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(check.get("secret")).isEqualTo(true);
    assertThat(check.get("masked"))
        .isEqualTo("kata sandi saya adalah ••••••, kartu •••• •••• •••• 1111");
    assertThat(
            as(base, "budi")
                .body(Map.of("text", "I forgot my password, please reset it"))
                .post("api/guard/secrets")
                .then()
                .statusCode(200)
                .extract()
                .<Boolean>path("secret"))
        .isFalse();
    as(base, "budi").body("{\"text\": 5}").post("api/guard/secrets").then().statusCode(422);
    as(base, "budi")
        .body(Map.of("text", "x".repeat(20001)))
        .post("api/guard/secrets")
        .then()
        .statusCode(422);
  }

  @Test
  void theLikeTicketRanksFirstUnrelatedOnesAreLeftOutAndOthersSeeNumberAndTitleOnly() {
    String word = marker();
    String wifi =
        open("rina", "Wifi " + word + " gedung B keeps dropping", "network", "Wifi drops hourly");
    String other =
        open("rina", "Wifi " + word + " printer queue", "network", "Printer queue is stuck");
    String unrelated =
        open("rina", "Excel " + word + " crashes on budget", "software", "Excel closes");

    List<Map<String, Object>> mine =
        similar("rina", "wifi " + word + " gedung dropping", "network");
    assertThat(mine).extracting(m -> m.get("number")).first().isEqualTo(wifi);
    assertThat(mine).extracting(m -> m.get("number")).doesNotContain(unrelated);
    assertThat(mine.get(0).get("yours")).isEqualTo(true);
    assertThat((List<String>) mine.get(0).get("matches"))
        .contains("wifi", word, "gedung", "dropping");
    if (mine.size() > 1) {
      assertThat(mine.get(1).get("number")).isEqualTo(other);
    }

    // budi: rina's ticket of the same category, number and title only; other categories never
    List<Map<String, Object>> his = similar("budi", "wifi " + word + " gedung dropping", "network");
    assertThat(his).extracting(m -> m.get("number")).contains(wifi).doesNotContain(unrelated);
    Map<String, Object> hit =
        his.stream().filter(m -> wifi.equals(m.get("number"))).findFirst().get();
    assertThat(hit.get("yours")).isEqualTo(false);
    assertThat(hit.keySet()).containsOnly("number", "title", "status", "yours", "matches");
    assertThat(similar("budi", "wifi " + word + " gedung dropping", null))
        .extracting(m -> m.get("number"))
        .doesNotContain(wifi);
    assertThat(similar("budi", "excel " + word + " crashes budget", "network"))
        .extracting(m -> m.get("number"))
        .doesNotContain(unrelated);
    assertThat(similar("budi", "Printer paper tray", "network"))
        .extracting(m -> m.get("number"))
        .doesNotContain(wifi);
    as(base, "budi").get("api/tickets/" + wifi).then().statusCode(404);
  }

  @Test
  void addingMyReportToATicketMakesMeItsWatcherWhoReadsAndRepliesButCannotClose() {
    String word = marker();
    String projector =
        open("rina", "Projector " + word + " room 4B no signal", "hardware", "No HDMI signal");
    String elsewhere = open("rina", "Keyboard " + word + " missing keys", "hardware", "Keys gone");
    as(base, "budi").get("api/tickets/" + projector).then().statusCode(404);

    // a number that the guard would not show for this text is not enough
    as(base, "budi")
        .body(Map.of("text", "Coffee machine broken", "category", "hardware"))
        .post("api/tickets/" + projector + "/reports")
        .then()
        .statusCode(404);

    String report = "Projector " + word + " in room 4B shows no signal for me too";
    Map<String, Object> joined =
        as(base, "budi")
            .body(Map.of("text", report, "category", "hardware"))
            .post("api/tickets/" + projector + "/reports")
            .then()
            .statusCode(201)
            .extract()
            .path("");
    assertThat(joined.get("number")).isEqualTo(projector);
    assertThat((List<?>) joined.get("allowedTransitions")).isEmpty();

    as(base, "budi").get("api/tickets/" + projector).then().statusCode(200);
    assertThat(
            as(base, "budi")
                .get("api/tickets/" + projector + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.body"))
        .contains(report);
    assertThat(
            as(base, "rina")
                .get("api/tickets/" + projector + "/watchers")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("username"))
        .containsExactly("budi");
    as(base, "budi").get("api/tickets/" + elsewhere).then().statusCode(404);

    // a watcher replies, but closing and reopening stay with the requester
    as(base, "budi")
        .body(Map.of("body", "Tried another laptop, same."))
        .post("api/tickets/" + projector + "/comments")
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + projector + "/transitions")
        .then()
        .statusCode(200);
    as(base, "budi")
        .body(Map.of("to", "CLOSED"))
        .post("api/tickets/" + projector + "/transitions")
        .then()
        .statusCode(403);
    as(base, "rina")
        .body(Map.of("to", "CLOSED"))
        .post("api/tickets/" + projector + "/transitions")
        .then()
        .statusCode(200);
  }

  @Test
  void theRequesterAddsAndRemovesWatchersOthersMayNot() {
    String number = open("rina", "Shared drive " + marker() + " is read-only", "access", "Help");
    String path = "api/tickets/" + number + "/watchers";
    assertThat(as(base, "rina").get(path).then().statusCode(200).extract().<List<?>>path(""))
        .isEmpty();

    List<Map<String, Object>> watchers =
        as(base, "rina")
            .body(Map.of("username", "budi"))
            .post(path)
            .then()
            .statusCode(200)
            .extract()
            .path("");
    assertThat(watchers).extracting(w -> w.get("username")).containsExactly("budi");
    assertThat(watchers.get(0).get("label")).isEqualTo("Budi Santoso (budi)");
    assertThat(watchers.get(0).get("addedBy")).isEqualTo("rina");
    // adding again changes nothing
    as(base, "rina").body(Map.of("username", "budi")).post(path).then().statusCode(200);

    as(base, "budi").get("api/tickets/" + number).then().statusCode(200);
    as(base, "budi").body(Map.of("username", "sari")).post(path).then().statusCode(403);
    as(base, "rina").body(Map.of("username", "nobody-here")).post(path).then().statusCode(422);
    as(base, "rina").body(Map.of("username", "rina")).post(path).then().statusCode(422);
    as(base, "rina").body("{}").post(path).then().statusCode(422);
    as(base, "sari").body(Map.of("username", "maya")).post(path).then().statusCode(200);

    assertThat(
            as(base, "rina")
                .get("api/tickets/" + number + "/history")
                .then()
                .extract()
                .<List<String>>path("items.field"))
        .contains("watcher");

    as(base, "rina").delete(path + "/budi").then().statusCode(204);
    as(base, "budi").get("api/tickets/" + number).then().statusCode(404);
    as(base, "budi").get(path).then().statusCode(404);
    as(base, "budi").delete(path + "/maya").then().statusCode(404);
    // a watcher may leave
    as(base, "rina").body(Map.of("username", "budi")).post(path).then().statusCode(200);
    as(base, "budi").delete(path + "/budi").then().statusCode(204);
    as(base, "budi").get("api/tickets/" + number).then().statusCode(404);
    as(base, "rina").delete(path + "/maya").then().statusCode(204);
    assertThat(as(base, "rina").get(path).then().extract().<List<?>>path("")).isEmpty();
  }

  private String open(String user, String title, String category, String description) {
    return as(base, user)
        .body(
            Map.of(
                "title", title,
                "description", description,
                "category", category,
                "impact", "LOW",
                "urgency", "LOW"))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }

  private List<Map<String, Object>> similar(String user, String text, String category) {
    var request = as(base, user).queryParam("text", text);
    if (category != null) {
      request = request.queryParam("category", category);
    }
    return request.get("api/tickets/similar").then().statusCode(200).extract().path("");
  }

  private static int rowsContaining(String table, String text) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT count(*) FROM " + table + " r WHERE strpos(r::text, ?) > 0")) {
      s.setString(1, text);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String serverLog() throws Exception {
    Path log =
        Path.of(System.getProperty("loket.it.logs.dir", "target/it-logs"), "payara-micro.log.0");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
  }
}
