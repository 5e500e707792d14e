package id.loket.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.LoginForm;
import io.restassured.RestAssured;
import io.restassured.filter.session.SessionFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The portal over the API: my tickets (filter, search, keyset pages that are complete, own-only and
 * stable while tickets are added), notifications (who is told what, unread count, marking read) and
 * the profile (settings with their version, password change and its rules). Each test works on
 * fresh users made through the probe, so that no demo user's password or settings change.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

  private static final String PASSWORD = "correct battery staple 42";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void myTicketsArePagedByKeysetCompleteOwnOnlyAndFiltered() {
    String me = newUser();
    String marker = "pm" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      mine.add(0, open(me, "Printer " + marker + " number " + i));
    }
    String others = LoketDeployment.open(base, "budi", "Printer " + marker + " of budi");

    List<String> seen = new ArrayList<>();
    JsonPath page = myTickets(me, Map.of("q", marker, "limit", "3"));
    seen.addAll(page.getList("items.number"));
    // a ticket raised between two pages does not shift the following pages
    String newer = open(me, "Printer " + marker + " raised while paging");
    while (page.getString("next") != null) {
      page = myTickets(me, Map.of("q", marker, "limit", "3", "before", page.getString("next")));
      assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(3);
      seen.addAll(page.getList("items.number"));
    }
    assertThat(seen).as("newest update first, each once, none of budi's").isEqualTo(mine);
    assertThat(seen).doesNotContain(others, newer);

    // resolved by the desk: "closed" has it, "open" not; one status by name
    as("sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + mine.get(3) + "/transitions")
        .then()
        .statusCode(200);
    assertThat(numbers(me, Map.of("q", marker, "status", "closed"))).containsExactly(mine.get(3));
    assertThat(numbers(me, Map.of("q", marker, "status", "RESOLVED"))).containsExactly(mine.get(3));
    assertThat(numbers(me, Map.of("q", marker, "status", "open")))
        .hasSize(7)
        .doesNotContain(mine.get(3))
        .startsWith(newer);
    // the resolved ticket is the most recently updated now
    assertThat(numbers(me, Map.of("q", marker))).startsWith(mine.get(3));

    // search by part of the number; wildcards are plain characters
    String number = mine.get(5);
    assertThat(numbers(me, Map.of("q", number.substring(4)))).containsExactly(number);
    assertThat(numbers(me, Map.of("q", "%"))).isEmpty();
    assertThat(numbers("budi", Map.of("q", marker))).containsExactly(others);

    as(me).queryParam("status", "finished").get("api/tickets").then().statusCode(400);
    as(me).queryParam("before", "yesterday").get("api/tickets").then().statusCode(400);
    as(me).queryParam("q", "x".repeat(101)).get("api/tickets").then().statusCode(400);
  }

  @Test
  void theRequesterIsToldOfPublicRepliesAndStatusChangesOnlyAndMarksThemRead() {
    String me = newUser();
    String number = open(me, "Monitor flickers");
    awaitKinds(me, number, List.of("TICKET_RECEIVED"));

    comment("sari", number, "Please try another cable.", "PUBLIC");
    comment("sari", number, "Probably the docking station.", "INTERNAL");
    comment(me, number, "Tried it, still flickers.", "PUBLIC");
    as("sari")
        .body(Map.of("to", "ASSIGNED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    as("sari")
        .body(Map.of("to", "IN_PROGRESS"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    // events of one ticket are delivered in order: when the last is there, all are
    List<String> kinds =
        List.of(
            "TICKET_STATUS_CHANGED", "TICKET_STATUS_CHANGED", "TICKET_REPLIED", "TICKET_RECEIVED");
    JsonPath all = awaitKinds(me, number, kinds);
    assertThat(all.getList("items.detail"))
        .containsExactly("IN_PROGRESS", "ASSIGNED", "sari", null);
    assertThat(all.getLong("unread")).isEqualTo(4);
    assertThat(notifications("sari", Map.of("limit", "200")).getList("items.ticketNumber"))
        .doesNotContain(number);

    // pages of one: the same four, newest first
    List<Long> ids = all.getList("items.id", Long.class);
    List<Long> paged = new ArrayList<>();
    String next = null;
    do {
      Map<String, String> query = new HashMap<>(Map.of("limit", "1"));
      if (next != null) {
        query.put("before", next);
      }
      JsonPath page = notifications(me, query);
      paged.addAll(page.getList("items.id", Long.class));
      next = page.getString("next");
    } while (next != null);
    assertThat(paged).isEqualTo(ids);

    // someone else cannot mark them; the owner marks one, then the ticket's, then all
    markRead("budi", Map.of("id", ids.get(0))).then().statusCode(200);
    assertThat(notifications(me, Map.of()).getLong("unread")).isEqualTo(4);
    markRead(me, Map.of("id", ids.get(0))).then().statusCode(200).body("unread", equalTo(3));
    assertThat(notifications(me, Map.of()).getList("items.read", Boolean.class))
        .containsExactly(true, false, false, false);
    markRead(me, Map.of("ticket", number)).then().statusCode(200).body("unread", equalTo(0));
    String second = open(me, "Keyboard misses keys");
    awaitKinds(me, second, List.of("TICKET_RECEIVED"));
    markRead(me, Map.of("all", true)).then().statusCode(200).body("unread", equalTo(0));

    markRead(me, Map.of()).then().statusCode(422);
    markRead(me, Map.of("all", "yes")).then().statusCode(422);
    markRead(me, Map.of("everything", true)).then().statusCode(422);
    as(me).queryParam("before", "x.y").get("api/me/notifications").then().statusCode(400);
  }

  @Test
  void aPasswordChangeNeedsTheCurrentOneAndAStrongOneAndEndsTheOldOne() {
    String me = newUser();
    as(me).get("api/tickets").then().statusCode(200); // the old password is now cached

    changePassword(me, PASSWORD, "wrong current", "a long enough new phrase")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("currentPassword"));
    for (String weak :
        new String[] {"short", "password1234", me + " is my name here", "zzzzzzzzzzzzzzzz"}) {
      changePassword(me, PASSWORD, PASSWORD, weak)
          .then()
          .statusCode(422)
          .body("violations.field", hasItem("newPassword"));
    }
    RequestSpecification inIndonesian =
        basic(me, PASSWORD).header("Accept-Language", "id").contentType(ContentType.JSON);
    String message =
        inIndonesian
            .body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
            .post("api/me/password")
            .then()
            .statusCode(422)
            .extract()
            .path("violations[0].message");
    assertThat(message).contains("setidaknya 12 karakter");
    basic(me, PASSWORD).get("api/tickets").then().statusCode(200);

    String fresh = "kopi tubruk di pagi hari";
    changePassword(me, PASSWORD, PASSWORD, fresh).then().statusCode(204);
    basic(me, PASSWORD).get("api/tickets").then().statusCode(401);
    basic(me, fresh).get("api/tickets").then().statusCode(200);
  }

  @Test
  void aPageSessionThatChangesThePasswordStaysSignedIn() {
    String me = newUser();
    SessionFilter session = new SessionFilter();
    LoginForm.submit(base, session, me, PASSWORD).then().statusCode(302);
    String profile = page(session).get("profile.xhtml").then().statusCode(200).extract().asString();
    String fresh = "een lange zin als wachtwoord";
    page(session)
        .contentType(ContentType.URLENC)
        .formParam("passwordForm", "passwordForm")
        .formParam("passwordForm:currentPassword", PASSWORD)
        .formParam("passwordForm:newPassword", fresh)
        .formParam("passwordForm:repeatPassword", fresh)
        .formParam("passwordForm:changePassword", "")
        .formParam("jakarta.faces.ViewState", LoginForm.viewState(profile))
        .formParam("primefaces.nonce", LoginForm.nonce(profile))
        .post("profile.xhtml")
        .then()
        .statusCode(302);
    basic(me, fresh).get("api/tickets").then().statusCode(200);
    basic(me, PASSWORD).get("api/tickets").then().statusCode(401);
    String after = page(session).get("profile.xhtml").then().statusCode(200).extract().asString();
    assertThat(after).contains("id=\"username\">" + me);
  }

  @Test
  void theProfileKeepsZoneLanguageAndEmailWithItsVersionAndPagesUseTheZone() {
    String me = newUser();
    JsonPath profile = as(me).get("api/me").then().statusCode(200).extract().jsonPath();
    assertThat(profile.getString("username")).isEqualTo(me);
    assertThat(profile.getString("effectiveTimeZone")).isEqualTo("Asia/Jakarta");
    long version = profile.getLong("version");

    Map<String, Object> change = new HashMap<>();
    change.put("email", "someone@loket.example");
    change.put("language", "en");
    change.put("timeZone", "Asia/Jayapura");
    change.put("version", version);
    JsonPath changed =
        as(me).body(change).put("api/me").then().statusCode(200).extract().jsonPath();
    assertThat(changed.getString("timeZone")).isEqualTo("Asia/Jayapura");
    assertThat(changed.getString("effectiveTimeZone")).isEqualTo("Asia/Jayapura");
    assertThat(changed.getLong("version")).isGreaterThan(version);
    as(me).body(change).put("api/me").then().statusCode(412);

    change.put("version", changed.getLong("version"));
    change.put("timeZone", "Mars/Olympus_Mons");
    change.put("email", "not an address");
    change.put("language", "fr");
    as(me)
        .body(change)
        .put("api/me")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("timeZone"))
        .body("violations.field", hasItem("email"))
        .body("violations.field", hasItem("language"));
    as(me).body(Map.of("timeZone", "UTC")).put("api/me").then().statusCode(422);
    assertThat(as(me).get("api/me").then().extract().path("timeZone").toString())
        .isEqualTo("Asia/Jayapura");

    SessionFilter session = new SessionFilter();
    LoginForm.submit(base, session, me, PASSWORD).then().statusCode(302);
    String page = page(session).get("profile.xhtml").then().statusCode(200).extract().asString();
    assertThat(page).contains("id=\"zone\">Asia/Jayapura<");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static org.hamcrest.Matcher<Object> equalTo(Object value) {
    return org.hamcrest.Matchers.equalTo(value);
  }

  private String newUser() {
    String name = "pt" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    LoketDeployment.as(base, "admin")
        .post(
            "api/it-accounts/create?username=" + name + "&password=" + PASSWORD + "&role=REQUESTER")
        .then()
        .statusCode(204);
    return name;
  }

  private RequestSpecification as(String user) {
    return user.startsWith("pt")
        ? basic(user, PASSWORD).contentType(ContentType.JSON)
        : LoketDeployment.as(base, user);
  }

  private RequestSpecification basic(String user, String password) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(user, password)
        .accept(ContentType.JSON);
  }

  private RequestSpecification page(SessionFilter session) {
    return RestAssured.given().baseUri(base.toString()).filter(session).redirects().follow(false);
  }

  private String open(String user, String title) {
    return as(user)
        .body(LoketDeployment.newTicket(title))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }

  private JsonPath myTickets(String user, Map<String, String> query) {
    return as(user)
        .queryParams(query)
        .get("api/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private List<String> numbers(String user, Map<String, String> query) {
    return myTickets(user, query).getList("items.number");
  }

  private void comment(String user, String number, String body, String visibility) {
    as(user)
        .body(Map.of("body", body, "visibility", visibility))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
  }

  private JsonPath notifications(String user, Map<String, String> query) {
    return as(user)
        .queryParams(query)
        .get("api/me/notifications")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Waits until the user's notifications about {@code number} are {@code kinds}, newest first. */
  private JsonPath awaitKinds(String user, String number, List<String> kinds) {
    JsonPath[] last = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .untilAsserted(
            () -> {
              last[0] = notifications(user, Map.of("limit", "200"));
              assertThat(
                      last[0].getList("items.findAll { it.ticketNumber == '" + number + "' }.kind"))
                  .isEqualTo(kinds);
            });
    return last[0];
  }

  private io.restassured.response.Response markRead(String user, Map<String, Object> body) {
    return as(user).body(body).post("api/me/notifications/read");
  }

  private io.restassured.response.Response changePassword(
      String user, String password, String current, String fresh) {
    return basic(user, password)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", current, "newPassword", fresh))
        .post("api/me/password");
  }
}
