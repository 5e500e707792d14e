package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.newTicket;
import static id.loket.it.LoketDeployment.open;
import static id.loket.it.LoketDeployment.raw;
import static id.loket.it.LoketDeployment.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edge of the API against bad input: malformed headers, unchecked assignees, forged Host
 * headers — each answered 4xx problem+json in the caller's language, naming the field, without
 * flooding the server log. (How request bodies are read: {@link StrictBodiesIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class EdgeInputIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String TICKETS = "api/tickets";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  // --- 2. Accept-Language ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"en;q=abc", ";;;", "*", "id;q=", "en-US;q=0.5;;,,", "LONG"})
  void aMalformedAcceptLanguageNeverBreaksAnErrorAnswer(String header) {
    String language = "LONG".equals(header) ? "x".repeat(5_000) : header;
    // 400: a mistyped ticket number
    as(base, "rina")
        .header("Accept-Language", language)
        .get(TICKETS + "/abc")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.number.invalid"));
    // 404: no such resource
    as(base, "rina")
        .header("Accept-Language", language)
        .get("api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
    // 415: not JSON
    as(base, "rina")
        .header("Accept-Language", language)
        .contentType(ContentType.TEXT)
        .body("hello")
        .post(TICKETS)
        .then()
        .statusCode(415)
        .contentType(startsWith(PROBLEM));
    // 422: invalid fields, in English (the default)
    as(base, "rina")
        .header("Accept-Language", language)
        .body(Map.of())
        .post(TICKETS)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body(
            "violations.find { it.field == 'title' }.message",
            equalTo("Please give the ticket a short title."));
    // and the pages (the first page of a session takes its language from the header)
    RestAssured.given()
        .baseUri(base.toString())
        .header("Accept-Language", language)
        .get("login.xhtml")
        .then()
        .statusCode(200)
        .body(containsString("loginForm"));
  }

  @Test
  void anOversizedAcceptLanguageIsNeverA500() {
    int status =
        as(base, "rina")
            .header("Accept-Language", "x".repeat(10_000))
            .get(TICKETS + "/abc")
            .statusCode();
    assertThat(status).isBetween(400, 499);
  }

  // --- 5. Assignee ----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"nobody", "rina", "<b>sari</b>", "\u00a0", "\\u200b"})
  void anAssigneeMustBeActiveStaff(String assignee) {
    String number = open(base, "rina", "Assign to " + assignee);
    raw(as(base, "sari"), "{\"to\":\"ASSIGNED\",\"assignee\":\"" + assignee + "\"}")
        .post(TICKETS + "/" + number + "/transitions")
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("violations.field", equalTo(List.of("assignee")))
        .body("violations[0].message", startsWith("Choose an active member"));
    as(base, "sari")
        .header("Accept-Language", "id")
        .body(Map.of("to", "ASSIGNED", "assignee", "nobody"))
        .post(TICKETS + "/" + number + "/transitions")
        .then()
        .statusCode(422)
        .body("violations[0].message", startsWith("Pilih petugas layanan yang aktif"));
    as(base, "sari").get(TICKETS + "/" + number).then().body("status", equalTo("NEW"));
  }

  @Test
  void aClaimOfATicketSomeoneElseHoldsIs409NamingTheHolder() {
    String number = open(base, "rina", "Claimed twice");
    String transitions = TICKETS + "/" + number + "/transitions";
    as(base, "sari")
        .body(Map.of("to", "ASSIGNED"))
        .post(transitions)
        .then()
        .statusCode(200)
        .body("assignee", equalTo("sari"));

    as(base, "tono")
        .body(Map.of("to", "ASSIGNED"))
        .post(transitions)
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.held"))
        .body("detail", startsWith("This ticket is already held by Sari Dewi (sari)."));
    as(base, "tono")
        .header("Accept-Language", "id")
        .body(Map.of("to", "ASSIGNED", "assignee", "tono"))
        .post(transitions)
        .then()
        .statusCode(409)
        .body("detail", startsWith("Tiket ini sudah dipegang oleh Sari Dewi (sari)."));
    as(base, "sari")
        .body(Map.of("to", "ASSIGNED"))
        .post(transitions)
        .then()
        .statusCode(200)
        .body("assignee", equalTo("sari"));

    // An explicit reassignment by staff stays allowed.
    as(base, "tono")
        .body(Map.of("to", "ASSIGNED", "assignee", "admin"))
        .post(transitions)
        .then()
        .statusCode(200)
        .body("assignee", equalTo("admin"));
  }

  // --- 8. Field messages in the caller's language ---------------------------------------------

  @Test
  void fieldMessagesFollowAcceptLanguage() {
    as(base, "rina")
        .header("Accept-Language", "id")
        .body(Map.of())
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("detail", equalTo("Ada isian yang kosong atau tidak valid."))
        .body(
            "violations.find { it.field == 'title' }.message",
            equalTo("Mohon isi judul singkat tiket."))
        .body("violations.find { it.field == 'impact' }.message", equalTo("Mohon pilih dampak."));
    Map<String, Object> tooLong = new HashMap<>(newTicket("x"));
    tooLong.put("title", "x".repeat(201));
    as(base, "rina")
        .header("Accept-Language", "id-ID, en;q=0.5")
        .body(tooLong)
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("violations[0].message", equalTo("Judul paling banyak 200 karakter."));

    String number = open(base, "rina", "Long assignee");
    as(base, "sari")
        .header("Accept-Language", "id")
        .body(Map.of("to", "ASSIGNED", "assignee", "a".repeat(65)))
        .post(TICKETS + "/" + number + "/transitions")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("assignee"))
        .body(
            "violations.find { it.field == 'assignee' }.message",
            equalTo("Nama pengguna petugas paling banyak 64 karakter."));
    as(base, "sari")
        .body(Map.of("to", "ASSIGNED", "assignee", "a".repeat(65)))
        .post(TICKETS + "/" + number + "/transitions")
        .then()
        .statusCode(422)
        .body(
            "violations.find { it.field == 'assignee' }.message",
            equalTo("The assignee's user name can be at most 64 characters."));
  }

  // --- 9. Location ----------------------------------------------------------------------------

  @Test
  void aForgedHostNeverAppearsInLocation() {
    Response created =
        as(base, "rina")
            .header("Host", "evil.example")
            .body(newTicket("Forged host"))
            .post(TICKETS);
    created
        .then()
        .statusCode(201)
        .header("Location", not(containsString("evil.example")))
        .header("Location", matchesPattern("/(.+/)?api/tickets/LKT-\\d{4}-\\d{6}-\\d"));
    // The reference resolves against the server the client talked to.
    String location = created.header("Location");
    as(base, "rina")
        .get(base.getProtocol() + "://" + base.getAuthority() + location)
        .then()
        .statusCode(200)
        .body("title", equalTo("Forged host"));
  }

  // --- 7. Log flooding ------------------------------------------------------------------------

  @Test
  void clientErrorsDoNotFloodTheServerLog() throws IOException {
    String number = open(base, "rina", "Quiet log");
    Path log = Path.of(System.getProperty("loket.it.logs.dir"), "payara-micro.log.0");
    assertThat(log).exists();
    long before = Files.size(log);

    for (int i = 0; i < 2; i++) {
      as(base, "rina").body(Map.of()).post(TICKETS).then().statusCode(422); // validation
      raw(as(base, "rina"), ticketJson("\"impact\":\"EXTREME\""))
          .post(TICKETS)
          .then()
          .statusCode(422); // enum
      raw(as(base, "rina"), "{\"title\":").post(TICKETS).then().statusCode(400); // malformed
      as(base, "rina").get(TICKETS + "/abc").then().statusCode(400); // ticket number
      as(base, "rina").get("api/nothing-here").then().statusCode(404);
      as(base, "rina").contentType(ContentType.TEXT).body("x").post(TICKETS).then().statusCode(415);
      as(base, "rina").delete(TICKETS).then().statusCode(405);
      as(base, "rina")
          .body(Map.of("to", "RESOLVED"))
          .post(TICKETS + "/" + number + "/transitions")
          .then()
          .statusCode(403);
      as(base, "sari")
          .body(Map.of("to", "ASSIGNED", "assignee", "nobody"))
          .post(TICKETS + "/" + number + "/transitions")
          .then()
          .statusCode(422);
      as(base, "rina")
          .header("Accept-Language", "en;q=abc")
          .get(TICKETS + "/abc")
          .then()
          .statusCode(400);
    }

    // The log is written asynchronously: give it time, and check it stays small all along.
    // Before, each of these 20 answers logged a WARNING with ~13 KB of stack trace.
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> Files.size(log) - before < 2_048);
    String added = tail(log, before);
    assertThat(added).doesNotContain("\tat ").doesNotContain("Exception");
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String tail(Path log, long from) throws IOException {
    byte[] all = Files.readAllBytes(log);
    int start = (int) Math.min(from, all.length);
    return new String(all, start, all.length - start, StandardCharsets.UTF_8);
  }
}
