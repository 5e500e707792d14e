package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call what, and how every kind of bad request is answered (4xx problem+json, never 500).
 */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityAndErrorsIT {

  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void apiWithoutCredentialsIs401WithBasicChallenge() {
    RestAssured.given()
        .baseUri(base.toString())
        .get("api/tickets")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .contentType(startsWith(PROBLEM));
    RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic("rina", "wrong")
        .get("api/tickets")
        .then()
        .statusCode(401)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void pagesWithoutSessionRedirectToLogin() {
    RestAssured.given()
        .baseUri(base.toString())
        .redirects()
        .follow(false)
        .get("tickets/new.xhtml")
        .then()
        .statusCode(302)
        .header("Location", containsString("/login.xhtml"));
    RestAssured.given()
        .baseUri(base.toString())
        .get("login.xhtml")
        .then()
        .statusCode(200)
        .body(containsString("loginForm"));
    // A JSF AJAX request after the session expired gets a redirect the page can follow.
    RestAssured.given()
        .baseUri(base.toString())
        .header("Faces-Request", "partial/ajax")
        .redirects()
        .follow(false)
        .post("tickets/new.xhtml")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<partial-response><redirect url=\""),
                containsString("/login.xhtml\"/></partial-response>")));
  }

  @Test
  void requesterCannotSeeAnotherRequestersTicket() {
    String rinas = open(base, "rina", "My salary slip is wrong");
    as(base, "budi")
        .get("api/tickets/" + rinas)
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.notfound"));
    as(base, "budi")
        .body(Map.of("body", "hello"))
        .post("api/tickets/" + rinas + "/comments")
        .then()
        .statusCode(404);
    as(base, "sari").get("api/tickets/" + rinas).then().statusCode(200);
  }

  @Test
  void malformedJsonIs400() {
    as(base, "rina")
        .body("{\"title\": \"unterminated")
        .post("api/tickets")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("status", equalTo(400));
    as(base, "rina")
        .body(
            "{\"title\":\"x\",\"description\":\"y\",\"category\":\"hardware\",\"impact\":\"ENORMOUS\",\"urgency\":\"LOW\"}")
        .post("api/tickets")
        .then()
        .statusCode(422) // well-formed JSON, but an unknown value: the field is named (EdgeInputIT)
        .contentType(startsWith(PROBLEM))
        .body("violations.field", hasItems("impact"));
    as(base, "rina").post("api/tickets").then().statusCode(400).contentType(startsWith(PROBLEM));
  }

  @Test
  void missingFieldsAre422WithEachFieldNamed() {
    as(base, "rina")
        .body(Map.of("description", "only a description"))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("problem.validation"))
        .body("violations.field", hasItems("title", "category", "impact", "urgency"));
    as(base, "rina")
        .header("Accept-Language", "id")
        .body(Map.of("description", "hanya deskripsi"))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .body("detail", equalTo("Ada isian yang kosong atau tidak valid."));
  }

  @Test
  void unknownAndMistypedTicketNumbers() {
    String number = open(base, "rina", "Mouse double-clicks");
    char last = number.charAt(number.length() - 1);
    String wrongCheckDigit =
        number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    as(base, "sari")
        .get("api/tickets/" + wrongCheckDigit)
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.number.invalid"));
    as(base, "sari")
        .get("api/tickets/LKT-1999-999999-" + checkDigitFor("1999999999"))
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.notfound"));
  }

  @Test
  void illegalTransitionIs409AndChangesNothing() {
    String number = open(base, "rina", "Wi-Fi drops in meeting room");
    as(base, "sari")
        .body(Map.of("to", "CLOSED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(409)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("ticket.transition.illegal"))
        .body("detail", containsString("NEW"));
    as(base, "sari")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .body("status", equalTo("NEW"));
  }

  @Test
  void requesterMayNotWorkTicketsOrWriteInternalNotes() {
    String number = open(base, "rina", "Need access to the finance share");
    as(base, "rina")
        .body(Map.of("to", "ASSIGNED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as(base, "rina")
        .body(Map.of("body", "psst", "visibility", "INTERNAL"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as(base, "sari")
        .get("api/tickets/" + number + "/comments")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
  }

  @Test
  void unknownPathIs404Problem() {
    as(base, "rina")
        .get("api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(startsWith(PROBLEM));
  }

  @Test
  void healthReportsDatabaseAndMessagingAndOpenApiIsServed() throws Exception {
    URL root = new URL(base, "/");
    RestAssured.given()
        .baseUri(root.toString())
        .auth()
        .preemptive()
        .basic("admin", LoketDeployment.PASSWORD)
        .get("health")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("application", "database", "messaging"))
        .body("checks.find { it.name == 'messaging' }.data.broker", equalTo("UP"))
        .body("checks.find { it.name == 'messaging' }.data.outboxBacklog", notNullValue());
    RestAssured.given()
        .baseUri(root.toString())
        .get("openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/tickets"));
  }

  /** Damm check digit, computed independently of the application's code. */
  static int checkDigitFor(String digits) {
    int[][] table = {
      {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
      {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
      {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
      {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
      {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
      {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
      {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
      {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
      {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
      {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}
    };
    int interim = 0;
    for (char c : digits.toCharArray()) {
      interim = table[interim][c - '0'];
    }
    return interim;
  }
}
