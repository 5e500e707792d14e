package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.loket.it.probe.FollowUpProbe;
import io.restassured.path.json.JsonPath;
import java.net.URL;
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
 * Issue 7, part "followup", over the API on PostgreSQL and the real broker: the knowledge base
 * (search in both languages, drafts for staff only), close-and-rate, reopen with a reason, and
 * escalations through the outbox, the escalation queue and its consumer to the managers' list.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(FollowUpProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void searchFindsASeededArticleInEnglishAndIndonesianWithHighlightedExcerpts() {
    List<Map<String, Object>> en =
        as(base, "rina")
            .get("api/knowledge?q=phishing password&lang=en")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    assertThat(en).extracting(h -> h.get("slug")).contains("password-and-phishing");
    Map<String, Object> hit =
        en.stream().filter(h -> "password-and-phishing".equals(h.get("slug"))).findFirst().get();
    assertThat((String) hit.get("title")).startsWith("Never share your password");
    assertThat((String) hit.get("excerptHtml")).containsPattern("<mark>[Pp]assword</mark>");

    List<Map<String, Object>> id =
        as(base, "rina")
            .header("Accept-Language", "id")
            .get("api/knowledge?q=\"kata sandi\"")
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    Map<String, Object> idHit =
        id.stream().filter(h -> "password-and-phishing".equals(h.get("slug"))).findFirst().get();
    assertThat((String) idHit.get("title")).startsWith("Jangan pernah membagikan kata sandi");
    assertThat((String) idHit.get("excerptHtml")).contains("<mark>sandi</mark>");

    assertThat(
            as(base, "rina")
                .get("api/knowledge/raise-a-good-ticket?lang=id")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("bodyHtml"))
        .contains("<strong>judul singkat</strong>")
        .contains("<ul><li>");
  }

  @Test
  void draftsAreForStaffAndRequestersCannotWrite() {
    String slug = "it-draft-" + ThreadLocalRandom.current().nextInt(1_000_000);
    Map<String, Object> draft =
        Map.of(
            "slug", slug,
            "category", "tickets",
            "titleEn", "Draft about printers",
            "bodyEn", "Turn it off and on. <script>alert(1)</script> [x](javascript:alert(1))",
            "status", "DRAFT");
    as(base, "rina").body(draft).post("api/knowledge").then().statusCode(403);
    String etag =
        as(base, "sari")
            .body(draft)
            .post("api/knowledge")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    as(base, "sari").body(draft).post("api/knowledge").then().statusCode(409);

    as(base, "rina").get("api/knowledge/" + slug).then().statusCode(404);
    assertThat(
            as(base, "rina")
                .get("api/knowledge?q=printers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("slug"))
        .doesNotContain(slug);
    String html =
        as(base, "sari")
            .get("api/knowledge/" + slug)
            .then()
            .statusCode(200)
            .extract()
            .path("bodyHtml");
    assertThat(html).doesNotContain("<script").doesNotContain("href=\"javascript");
    assertThat(html).contains("&lt;script&gt;");

    Map<String, Object> published = new java.util.HashMap<>(draft);
    published.put("status", "PUBLISHED");
    published.put("titleId", "Draf tentang printer");
    published.put("bodyId", "Matikan lalu nyalakan lagi.");
    as(base, "sari")
        .header("If-Match", "\"999\"")
        .body(published)
        .put("api/knowledge/" + slug)
        .then()
        .statusCode(412);
    as(base, "sari")
        .header("If-Match", etag)
        .body(published)
        .put("api/knowledge/" + slug)
        .then()
        .statusCode(200);
    assertThat(
            as(base, "rina")
                .get("api/knowledge/" + slug + "?lang=id")
                .then()
                .statusCode(200)
                .extract()
                .<String>path("title"))
        .isEqualTo("Draf tentang printer");
    as(base, "sari")
        .body(Map.of("slug", "Bad Slug", "status", "DRAFT"))
        .post("api/knowledge")
        .then()
        .statusCode(422);
  }

  @Test
  void theRequesterClosesAResolvedTicketWithARatingOnce() {
    String number = open(base, "rina", "Monitor flickers");
    resolve(number);
    String path = "api/tickets/" + number + "/satisfaction";

    as(base, "rina").body(Map.of("rating", 9)).post(path).then().statusCode(422);
    as(base, "budi").body(Map.of("rating", 4)).post(path).then().statusCode(404);
    as(base, "sari").body(Map.of("rating", 4)).post(path).then().statusCode(403);
    as(base, "rina")
        .header("If-Match", "\"0\"")
        .body(Map.of("rating", 4))
        .post(path)
        .then()
        .statusCode(412);
    String version = version(number);
    JsonPath rated =
        as(base, "rina")
            .header("If-Match", "\"" + version + "\"")
            .body(Map.of("rating", 4, "comment", "Quick and friendly"))
            .post(path)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(rated.getInt("rating")).isEqualTo(4);
    assertThat(rated.getString("ticketStatus")).isEqualTo("CLOSED");
    assertThat(rated.getString("comment")).isEqualTo("Quick and friendly");
    assertThat(status(number)).isEqualTo("CLOSED");

    as(base, "rina").body(Map.of("rating", 5)).post(path).then().statusCode(409);
    assertThat(history(number)).contains("satisfaction");
  }

  @Test
  void theRequesterReopensWithAReasonThatBecomesAPublicReply() {
    String number = open(base, "rina", "VPN drops every hour");
    resolve(number);
    String path = "api/tickets/" + number + "/reopen";

    as(base, "rina").body(Map.of("reason", " ")).post(path).then().statusCode(422);
    as(base, "budi").body(Map.of("reason", "Mine?")).post(path).then().statusCode(404);
    as(base, "rina")
        .body(Map.of("reason", "It still drops after lunch"))
        .post(path)
        .then()
        .statusCode(200);

    assertThat(status(number)).isEqualTo("REOPENED");
    assertThat(
            as(base, "rina")
                .get("api/tickets/" + number + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.body"))
        .contains("It still drops after lunch");
    as(base, "rina")
        .body(Map.of("rating", 3))
        .post("api/tickets/" + number + "/satisfaction")
        .then()
        .statusCode(409);
  }

  @Test
  void anEscalationReachesTheManagersOnceThroughTheQueue() {
    String number = open(base, "rina", "Nobody answers my travel request");
    String path = "api/tickets/" + number + "/escalations";

    as(base, "rina").body(Map.of("reason", "")).post(path).then().statusCode(422);
    as(base, "rina").body(Map.of("reason", "x".repeat(2001))).post(path).then().statusCode(422);
    as(base, "budi").body(Map.of("reason", "Not mine")).post(path).then().statusCode(404);
    as(base, "sari").body(Map.of("reason", "Staff")).post(path).then().statusCode(403);
    JsonPath escalation =
        as(base, "rina")
            .body(Map.of("reason", "Waiting for three days"))
            .post(path)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(escalation.getBoolean("open")).isTrue();
    assertThat(
            as(base, "rina")
                .body(Map.of("reason", "Again"))
                .post(path)
                .then()
                .statusCode(409)
                .extract()
                .<String>path("detail"))
        .contains(number);

    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(() -> assertThat(escalatedTickets()).contains(number));
    as(base, "rina").get("api/escalations").then().statusCode(403);
    as(base, "sari").get("api/escalations").then().statusCode(403);
    assertThat(history(number)).contains("escalation");

    // The same event delivered twice more (then a marker in the same group): still one case.
    String marker = open(base, "budi", "Marker for a redelivered escalation");
    Map<String, Object> sent =
        as(base, "admin")
            .post("api/it-probe/followup/redeliver?number=" + number + "&marker=" + marker)
            .then()
            .statusCode(200)
            .extract()
            .path("$");
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(() -> assertThat(escalatedTickets()).contains(marker));
    assertThat(escalatedTickets()).filteredOn(number::equals).hasSize(1);
    assertThat(
            as(base, "admin")
                .get("api/it-probe/followup/consumed?eventId=" + sent.get("eventId"))
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("count"))
        .isEqualTo(1);
  }

  private List<String> escalatedTickets() {
    return as(base, "maya")
        .get("api/escalations?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.ticketNumber");
  }

  private void resolve(String number) {
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
  }

  private String version(String number) {
    return as(base, "rina")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .extract()
        .path("version")
        .toString();
  }

  private String status(String number) {
    return as(base, "rina")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  private List<String> history(String number) {
    return as(base, "rina")
        .get("api/tickets/" + number + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.field");
  }
}
