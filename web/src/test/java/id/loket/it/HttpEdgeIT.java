package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.support.RawHttp.chunked;
import static id.loket.it.support.RawHttp.get;
import static id.loket.it.support.RawHttp.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.support.ItDatabase;
import id.loket.it.support.LoginForm;
import id.loket.it.support.RawHttp;
import id.loket.it.support.RawHttp.Exchange;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.session.SessionFilter;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP edge as an attacker meets it: request smuggling through methods Loket does not serve,
 * oversized and forged form posts, security headers, and what the public may read of health and
 * metrics.
 */
@ExtendWith(ArquillianExtension.class)
class HttpEdgeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void aTraceSmugglingARequestIsRefusedTheConnectionClosedAndNothingIsCreated() throws Exception {
    String title = "smuggled " + UUID.randomUUID();
    String smuggled = post(path("/api/tickets"), ticketJson(title));
    String next = get(path("/api/tickets"));
    String trace =
        "TRACE "
            + path("/api/tickets")
            + " HTTP/1.1\r\nHost: loket\r\nContent-Length: "
            + smuggled.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + smuggled;

    Exchange exchange = exchange(trace + next);

    // One answer (the refusal), then the server closes: neither the smuggled POST nor the next
    // request is read from this connection.
    assertThat(exchange.statuses()).containsExactly(405);
    assertThat(exchange.closedByServer()).isTrue();
    assertThat(exchange.text())
        .containsIgnoringCase("Connection: close")
        .contains("Allow: GET, HEAD, POST, PUT, DELETE, OPTIONS")
        .contains("application/problem+json");
    assertThat(ticketsTitled(title)).isZero();
    // The next request, sent again on a new connection as any client does, gets its own answer.
    Exchange again = exchange(next);
    assertThat(again.statuses()).containsExactly(200);
  }

  @Test
  void methodsLoketDoesNotServeAre501AndCloseTheConnectionOnPagesAndApiAlike() throws Exception {
    for (String method : List.of("QUERY", "FOO", "PROPFIND", "get")) {
      for (String target : List.of("/api/tickets", "/login.xhtml", "/nowhere")) {
        String title = "smuggled " + UUID.randomUUID();
        String smuggled = post(path("/api/tickets"), ticketJson(title));
        String request =
            method
                + " "
                + path(target)
                + " HTTP/1.1\r\nHost: loket\r\nContent-Length: "
                + smuggled.length()
                + "\r\n\r\n"
                + smuggled
                + get(path("/api/tickets"));
        Exchange exchange = exchange(request);
        assertThat(exchange.statuses()).as(method + " " + target).containsExactly(501);
        assertThat(exchange.closedByServer()).as(method + " " + target).isTrue();
        assertThat(ticketsTitled(title)).isZero();
      }
    }
    // TRACE and CONNECT anywhere: 405, never an echo of the request.
    Exchange trace =
        exchange(
            "TRACE "
                + path("/login.xhtml")
                + " HTTP/1.1\r\nHost: loket\r\nCookie: secret=1\r\n\r\n");
    assertThat(trace.statuses()).containsExactly(405);
    assertThat(trace.text()).doesNotContain("secret=1");
  }

  @Test
  void anOversizedFormOrBodyIs413BeforeItIsReadNeverA500() {
    String big = "a".repeat(1_100_000);
    RestAssured.given()
        .baseUri(base.toString())
        .contentType("application/x-www-form-urlencoded")
        .accept("text/html")
        .body("loginForm=loginForm&loginForm%3Ausername=" + big)
        .post("login.xhtml")
        .then()
        .statusCode(413)
        .header("Connection", equalTo("close"))
        .contentType(startsWith("text/html"))
        .body(containsString("KiB"));
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("rina", PASSWORD)
        .contentType("application/json")
        .header("Accept-Language", "id")
        .body("{\"title\":\"" + big + "\"}")
        .post("api/tickets")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(413))
        .body("detail", containsString("paling banyak 1024 KiB"));
  }

  @Test
  void aChunkedBodyIsCountedWhileReadAndAChunkedFormIsRefused() throws Exception {
    String title = "chunked " + UUID.randomUUID();
    String json = ticketJson(title).replace("It does not start", "x".repeat(1_100_000));
    Exchange tooLarge = exchange(chunked("POST", path("/api/tickets"), "application/json", json));
    assertThat(tooLarge.statuses()).containsExactly(413);
    assertThat(tooLarge.text()).contains("application/problem+json").contains("1024 KiB");
    assertThat(ticketsTitled(title)).isZero();

    String small = ticketJson(title);
    Exchange accepted = exchange(chunked("POST", path("/api/tickets"), "application/json", small));
    assertThat(accepted.statuses()).as("a chunked body within the limit").containsExactly(201);

    Exchange form =
        exchange(
            chunked(
                "POST",
                path("/login.xhtml"),
                "application/x-www-form-urlencoded",
                "loginForm=loginForm&loginForm%3Ausername=" + "a".repeat(3_000_000)));
    assertThat(form.statuses()).containsExactly(411);
    assertThat(form.closedByServer()).isTrue();
  }

  @Test
  void aForgedOrMangledViewStateReloadsThePageSayingItExpired() {
    for (String viewState : List.of("garbage:garbage", "12345", "%00%ff")) {
      SessionFilter session = new SessionFilter();
      RestAssured.given().baseUri(base.toString()).filter(session).get("login.xhtml");
      Response posted =
          RestAssured.given()
              .baseUri(base.toString())
              .filter(session)
              .config(
                  RestAssuredConfig.config()
                      .redirect(RedirectConfig.redirectConfig().followRedirects(false)))
              .contentType("application/x-www-form-urlencoded")
              .body(
                  "loginForm=loginForm&loginForm%3Ausername=rina&loginForm%3Apassword=x"
                      + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
                      + viewState)
              .post("login.xhtml");
      assertThat(posted.statusCode()).as(viewState).isEqualTo(302);
      assertThat(posted.header("Location")).as(viewState).endsWith("/login.xhtml");
      RestAssured.given()
          .baseUri(base.toString())
          .filter(session)
          .get("login.xhtml")
          .then()
          .statusCode(200)
          .body(containsString("Your page had expired, so nothing was sent. Please try again."));
    }
  }

  @Test
  void aFormWithoutThePagesScriptNonceIsReloadedToo() {
    SessionFilter session = new SessionFilter();
    String html =
        RestAssured.given().baseUri(base.toString()).filter(session).get("login.xhtml").asString();
    for (String nonce : List.of("", "bm90LXRoZS1ub25jZQ==")) {
      Response posted =
          RestAssured.given()
              .baseUri(base.toString())
              .filter(session)
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded")
              .formParam("loginForm", "loginForm")
              .formParam("loginForm:username", "rina")
              .formParam("loginForm:password", "wrong")
              .formParam("loginForm:submit", "")
              .formParam("jakarta.faces.ViewState", LoginForm.viewState(html))
              .formParam("primefaces.nonce", nonce)
              .post("login.xhtml");
      assertThat(posted.statusCode()).as("nonce '%s'", nonce).isEqualTo(302);
      RestAssured.given()
          .baseUri(base.toString())
          .filter(session)
          .get("login.xhtml")
          .then()
          .statusCode(200)
          .body(containsString("Your page had expired"));
    }
  }

  @Test
  void everyAnswerCarriesSecurityHeadersAndNamesNoServer() {
    Response page = RestAssured.given().baseUri(base.toString()).get("login.xhtml");
    page.then()
        .statusCode(200)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "same-origin")
        .header("X-Frame-Options", "DENY")
        .header(
            "Content-Security-Policy",
            matchesPattern(".*frame-ancestors 'none'.*script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*"))
        .header("Server", nullValue())
        .header("X-Powered-By", nullValue());
    String nonce =
        page.header("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1").trim();
    assertThat(page.body().asString()).contains("nonce=\"" + nonce + "\"");

    RestAssured.given()
        .baseUri(base.toString())
        .get("api/tickets")
        .then()
        .statusCode(401)
        .header("Content-Security-Policy", startsWith("default-src 'none'"))
        .header("X-Content-Type-Options", "nosniff")
        .header("Server", nullValue());
  }

  @Test
  void metricsAreForAdministratorsAndPublicHealthSaysOnlyUpOrDown() {
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("rina", PASSWORD)
        .get("metrics")
        .then()
        .statusCode(403);
    RestAssured.given()
        .baseUri(base.toString())
        .redirects()
        .follow(false)
        .get("metrics")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"));
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("admin", PASSWORD)
        .get("metrics")
        .then()
        .statusCode(200)
        .body(containsString("jvm"));

    for (String path : List.of("health", "health/ready", "health/live")) {
      RestAssured.given()
          .baseUri(base.toString())
          .get(path)
          .then()
          .statusCode(200)
          .body("status", equalTo("UP"))
          .body("$", not(hasKey("checks")))
          .body(not(containsString("PostgreSQL")));
    }
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("admin", PASSWORD)
        .get("health/ready")
        .then()
        .statusCode(200)
        .body(containsString("PostgreSQL"))
        .body("checks.name", org.hamcrest.Matchers.hasItems("database", "messaging"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** {@code absolute} under the application's context root. */
  private String path(String absolute) {
    return RawHttp.path(base, absolute);
  }

  private Exchange exchange(String raw) throws IOException {
    return RawHttp.exchange(base, raw);
  }

  private static String ticketJson(String title) {
    return LoketDeployment.ticketJson("\"title\":\"" + title + "\"");
  }

  private static int ticketsTitled(String title) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement query =
            db.prepareStatement("SELECT count(*) FROM ticket WHERE title = ?")) {
      query.setString(1, title);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
