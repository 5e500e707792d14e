package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.probe.AccountsProbe;
import id.loket.it.support.ItDatabase;
import id.loket.it.support.LoginForm;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.session.SessionFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and sessions: a growing delay after wrong passwords (429 with Retry-After, per account,
 * shared through the database), revocation through the security stamp (a disabled user's API calls
 * and open sessions end within the stamp cache time), personal API tokens, and the cookie and cache
 * headers of signed-in answers. Each test works on users of its own, made through a probe, so that
 * no demo user other tests rely on is throttled or disabled.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String PASSWORD = "right-password-1";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  @Test
  void wrongPasswordsGetAGrowingDelayAndTheRightPasswordWorksAfterIt() throws Exception {
    String user = newUser("REQUESTER");
    String bystander = newUser("REQUESTER");

    failures(user, 6); // the 5th failure costs 1 s, the 6th 2 s
    Response first = basic(user, "wrong").get("api/tickets");
    assertThat(first.statusCode()).as("in the delay window").isEqualTo(429);
    long firstWait = Long.parseLong(first.header("Retry-After"));
    assertThat(firstWait).isBetween(1L, 2L);
    assertThat(first.contentType()).startsWith(PROBLEM);
    assertThat(first.jsonPath().getString("detail"))
        .isEqualTo("Too many sign-in attempts; try again in " + firstWait + " s.");
    assertThat(basic(user, PASSWORD).get("api/tickets").statusCode())
        .as("even the right password waits for the window")
        .isEqualTo(429);

    failures(user, 1); // the 7th costs 4 s
    Response second = basic(user, "wrong").header("Accept-Language", "id").get("api/tickets");
    assertThat(second.statusCode()).isEqualTo(429);
    long secondWait = Long.parseLong(second.header("Retry-After"));
    assertThat(secondWait).as("the delay grows").isBetween(3L, 4L).isGreaterThan(firstWait);
    assertThat(second.jsonPath().getString("detail"))
        .isEqualTo(
            "Terlalu banyak percobaan masuk; silakan coba lagi dalam " + secondWait + " detik.");
    assertThat(accountFailures(user)).isEqualTo(7);

    basic(bystander, PASSWORD).get("api/tickets").then().statusCode(200);

    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> basic(user, PASSWORD).get("api/tickets").statusCode() == 200);
    assertThat(accountFailures(user)).as("a success starts afresh").isZero();
    basic(user, "wrong").get("api/tickets").then().statusCode(401);
  }

  @Test
  void aStrangerGuessingElsewhereCannotDelayTheOwner() throws Exception {
    String owner = newUser("REQUESTER");
    failures(owner, 6); // a stranger, here from 127.0.0.1
    assertThat(basic(owner, "wrong").get("api/tickets").statusCode())
        .as("the stranger waits")
        .isEqualTo(429);
    assertThat(basic(owner, PASSWORD).config(from("127.0.0.2")).get("api/tickets").statusCode())
        .as("the owner, from their own machine, signs in at once")
        .isEqualTo(200);
  }

  @Test
  void theLoginFormSaysHowLongToWait() {
    String user = newUser("AGENT");
    failures(user, 7); // 4 s
    Response page = submitLogin(new SessionFilter(), user, PASSWORD);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.asString())
        .containsPattern("Too many sign-in attempts; try again in [1-4] s\\.");

    SessionFilter session = new SessionFilter();
    await()
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> submitLogin(session, user, PASSWORD).statusCode() == 302);
    page(session).get("index.xhtml").then().statusCode(200);
  }

  @Test
  void aDisabledUserIsRefusedOnTheApiAndTheirSessionEnds() throws Exception {
    String user = newUser("AGENT");
    basic(user, PASSWORD).get("api/tickets").then().statusCode(200); // now cached
    String token = createToken(basic(user, PASSWORD), "before disabling");
    bearer(token).get("api/tickets").then().statusCode(200);
    SessionFilter session = signIn(user, PASSWORD);
    page(session).get("index.xhtml").then().statusCode(200);

    admin().post("api/it-accounts/disable?username=" + user).then().statusCode(204);

    // Disabled through the Accounts boundary on this node: refused at once, without waiting for
    // the stamp cache (another node would take up to loket.security.stamp-cache-seconds).
    bearer(token).get("api/tickets").then().statusCode(401);
    basic(user, PASSWORD)
        .get("api/tickets")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM));
    page(session)
        .get("index.xhtml")
        .then()
        .statusCode(302)
        .header("Location", containsString("/login.xhtml"));
    assertThat(page(session).get("index.xhtml").statusCode())
        .as("the session was invalidated")
        .isEqualTo(302);

    String newPassword = "new-password-2";
    admin()
        .post("api/it-accounts/enable?username=" + user + "&password=" + newPassword)
        .then()
        .statusCode(204);
    basic(user, newPassword).get("api/tickets").then().statusCode(200);
    basic(user, PASSWORD).get("api/tickets").then().statusCode(401);
    page(signIn(user, newPassword)).get("index.xhtml").then().statusCode(200);
    assertThat(bearer(token).get("api/tickets").statusCode())
        .as("tokens are revoked for good when the user is disabled")
        .isEqualTo(401);
  }

  /**
   * The path of a change made on another node or by an external tool: only the database knows, and
   * every node sees it within the stamp cache time (30 s).
   */
  @Test
  void aStampChangedInTheDatabaseEndsSessionsWithinTheCacheTimeButNotTokens() throws Exception {
    String user = newUser("REQUESTER");
    String token = createToken(basic(user, PASSWORD), "survives");
    SessionFilter session = signIn(user, PASSWORD);
    page(session).get("index.xhtml").then().statusCode(200);

    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE app_user SET security_stamp = gen_random_uuid()::text WHERE username = ?")) {
      s.setString(1, user);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }

    long changed = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(35))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(() -> page(session).get("index.xhtml").then().statusCode(302));
    System.out.printf(
        "[it] session ended %d ms after the stamp changed in the database%n",
        (System.nanoTime() - changed) / 1_000_000);
    bearer(token).get("api/tickets").then().statusCode(200);
    assertThat(basic(user, PASSWORD).get("api/tickets").statusCode())
        .as("the same password is verified again, not refused for ever")
        .isEqualTo(200);
    page(signIn(user, PASSWORD)).get("index.xhtml").then().statusCode(200);
  }

  @Test
  void personalAccessTokens() throws Exception {
    Response created =
        as(base, "rina")
            .body(Map.of("name", "backup script", "days", 30))
            .post("api/me/tokens")
            .then()
            .statusCode(201)
            .body("name", equalTo("backup script"))
            .body("token", matchesPattern("lkt_[0-9a-f]{10}_[A-Za-z0-9_-]{43}"))
            .extract()
            .response();
    String token = created.path("token");
    long id = created.jsonPath().getLong("id");

    bearer(token).get("api/tickets").then().statusCode(200);
    bearer(token)
        .get("api/me/tokens")
        .then()
        .statusCode(200)
        .body("find { it.id == " + id + " }.prefix", equalTo(created.path("prefix")))
        .body("find { it.id == " + id + " }.token", equalTo(null));
    String tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    bearer(tampered).get("api/tickets").then().statusCode(401).contentType(startsWith(PROBLEM));

    as(base, "budi").delete("api/me/tokens/" + id).then().statusCode(404);
    bearer(token).get("api/tickets").then().statusCode(200);
    as(base, "rina").delete("api/me/tokens/" + id).then().statusCode(204);
    bearer(token).get("api/tickets").then().statusCode(401);
    as(base, "rina").delete("api/me/tokens/" + id).then().statusCode(404);

    String expiring = createToken(as(base, "rina"), "expires");
    bearer(expiring).get("api/tickets").then().statusCode(200);
    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE api_token SET expires_at = now() - interval '1 second' WHERE prefix = ?")) {
      s.setString(1, expiring.substring(4, 14));
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    bearer(expiring).get("api/tickets").then().statusCode(401);

    as(base, "rina")
        .body(Map.of("name", " ", "days", 30))
        .post("api/me/tokens")
        .then()
        .statusCode(422)
        .body("code", equalTo("token.name.invalid"));
    as(base, "rina")
        .body(Map.of("name", "too long", "days", 366))
        .post("api/me/tokens")
        .then()
        .statusCode(422)
        .body("code", equalTo("token.days.invalid"));
  }

  @Test
  void theSessionCookieIsLaxAndSignedInAnswersAreNotStored() {
    String user = newUser("REQUESTER");
    SessionFilter session = new SessionFilter();
    Response signedIn = submitLogin(session, user, PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    String cookie = signedIn.header("Set-Cookie");
    // Payara writes "SameSite=lax"; attribute values are case-insensitive (RFC 6265bis).
    assertThat(cookie)
        .contains("JSESSIONID")
        .containsIgnoringCase("SameSite=Lax")
        .contains("HttpOnly")
        .doesNotContain("Secure");

    page(session)
        .get("index.xhtml")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"));
    page(session)
        .get("profile.xhtml")
        .then()
        .statusCode(200)
        .body(containsString(user))
        .header("Cache-Control", containsString("no-store"));
    as(base, "rina")
        .get("api/tickets")
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("no-store"));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A fresh user with {@link #PASSWORD}, made by the administrator through the probe. */
  private String newUser(String role) {
    String name = "it" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    admin()
        .post("api/it-accounts/create?username=" + name + "&password=" + PASSWORD + "&role=" + role)
        .then()
        .statusCode(204);
    return name;
  }

  /** {@code count} wrong passwords that were each checked (401), waiting out delay windows. */
  private void failures(String user, int count) {
    for (int i = 0; i < count; i++) {
      await()
          .atMost(Duration.ofSeconds(70))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> basic(user, "wrong").get("api/tickets").statusCode() == 401);
    }
  }

  /** The failures counted for {@code user} from this test's address (the only one that failed). */
  private int accountFailures(String user) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT coalesce(sum(failures), 0) FROM sign_in_throttle WHERE throttle_key LIKE ?")) {
      s.setString(1, "account:" + user + "@%");
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private String createToken(RequestSpecification owner, String name) {
    return owner
        .contentType(ContentType.JSON)
        .body(Map.of("name", name, "days", 7))
        .post("api/me/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private RequestSpecification admin() {
    return as(base, "admin");
  }

  private RequestSpecification basic(String user, String password) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(user, password)
        .accept(ContentType.JSON);
  }

  /** Requests sent from another loopback address, as from another machine. */
  private static RestAssuredConfig from(String localAddress) throws Exception {
    return RestAssuredConfig.config()
        .httpClient(
            HttpClientConfig.httpClientConfig()
                .setParam("http.route.local-address", InetAddress.getByName(localAddress)));
  }

  private RequestSpecification bearer(String token) {
    return RestAssured.given()
        .baseUri(base.toString())
        .header("Authorization", "Bearer " + token)
        .accept(ContentType.JSON);
  }

  private RequestSpecification page(SessionFilter session) {
    return RestAssured.given().baseUri(base.toString()).filter(session).redirects().follow(false);
  }

  /** Signs in through the login form; the session filter then carries the signed-in session. */
  private SessionFilter signIn(String user, String password) {
    SessionFilter session = new SessionFilter();
    Response answer = submitLogin(session, user, password);
    assertThat(answer.statusCode()).as("sign-in redirects").isEqualTo(302);
    return session;
  }

  /** Loads the login form and submits it as a browser does, in the session of the filter. */
  private Response submitLogin(SessionFilter session, String user, String password) {
    return LoginForm.submit(base, session, user, password);
  }
}
