package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.newTicket;
import static id.loket.it.LoketDeployment.open;
import static id.loket.it.LoketDeployment.raw;
import static id.loket.it.LoketDeployment.ticketJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.loket.it.support.LoginForm;
import io.restassured.RestAssured;
import io.restassured.filter.session.SessionFilter;
import io.restassured.response.Response;
import java.net.URL;
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
 * Request bodies are read strictly, in the API and the pages alike: unknown enum values, values of
 * the wrong JSON type, text after the JSON, unknown fields, NUL and lone surrogates, and texts made
 * only of invisible spaces are refused — 422 naming the field (and the allowed values) or 400 — and
 * texts are stored trimmed and normalised.
 */
@ExtendWith(ArquillianExtension.class)
class StrictBodiesIT {

  private static final String PROBLEM = "application/problem+json";
  private static final String TICKETS = "api/tickets";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  // --- 3. Unknown enum values -----------------------------------------------------------------

  @Test
  void unknownEnumValuesAre422NamingTheFieldAndTheAllowedValues() {
    Map<String, Object> extreme = new HashMap<>(newTicket("Enum"));
    extreme.put("impact", "EXTREME");
    extreme.put("urgency", "high");
    as(base, "rina")
        .body(extreme)
        .post(TICKETS)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("problem.validation"))
        .body(
            "violations.find { it.field == 'impact' }.message",
            equalTo("Must be one of: HIGH, MEDIUM, LOW."))
        .body(
            "violations.find { it.field == 'urgency' }.message",
            equalTo("Must be one of: HIGH, MEDIUM, LOW."));
    as(base, "rina")
        .header("Accept-Language", "id")
        .body(extreme)
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body(
            "violations.find { it.field == 'impact' }.message",
            equalTo("Harus salah satu dari: HIGH, MEDIUM, LOW."));

    String number = open(base, "rina", "Enum values of other bodies");
    as(base, "sari")
        .body(Map.of("to", "closed"))
        .post(TICKETS + "/" + number + "/transitions")
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("violations[0].field", equalTo("to"))
        .body("violations[0].message", allOf(containsString("CLOSED"), containsString("ASSIGNED")));
    as(base, "sari")
        .body(Map.of("body", "hi", "visibility", "SECRET"))
        .post(TICKETS + "/" + number + "/comments")
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("visibility"))
        .body("violations[0].message", equalTo("Must be one of: PUBLIC, INTERNAL."));
  }

  // --- 4. Strict JSON -------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"true", "12345", "[\"a\"]", "{\"x\":1}"})
  void aNonStringForATextIs422NamingTheField(String value) {
    String body = ticketJson("\"title\":" + value);
    raw(as(base, "rina"), body)
        .post(TICKETS)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("violations.field", equalTo(List.of("title")))
        .body("violations[0].message", equalTo("Must be a text (a JSON string)."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"body\":\"hi\"} garbage",
        "{\"body\":\"hi\"}{\"body\":\"hi\"}",
        "",
        "{\"body\":\"hi\",\"body\":\"twice\"}",
        "[]"
      })
  void aBodyThatIsNotExactlyOneJsonObjectIs400(String body) {
    String number = open(base, "rina", "Strict bodies");
    raw(as(base, "rina"), body)
        .post(TICKETS + "/" + number + "/comments")
        .then()
        .statusCode(400)
        .contentType(startsWith(PROBLEM))
        .body("code", equalTo("problem.malformed"));
    as(base, "rina")
        .get(TICKETS + "/" + number + "/comments")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  void unknownPropertiesAre422NamingThem() {
    raw(as(base, "rina"), ticketJson("\"priority\":\"P1\""))
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("priority"))
        .body("violations[0].message", startsWith("Unknown field; this request accepts: "));
  }

  @Test
  void nulAndLoneSurrogatesAre422NamingTheField() {
    raw(as(base, "rina"), ticketJson("\"title\":\"a\\u0000b\""))
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("violations.field", equalTo(List.of("title")))
        .body("violations[0].message", containsString("not allowed"));
    raw(as(base, "rina"), ticketJson("\"description\":\"broken \\ud800 text\""))
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("violations.field", equalTo(List.of("description")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\\u00a0",
        "\\u2007\\u202f",
        "\\u200b\\u200c\\u200d\\u2060\\ufeff",
        "\u00a0\u00a0 \u200b"
      })
  void aTitleOfOnlyInvisibleSpacesIsRequired(String invisible) {
    raw(as(base, "rina"), ticketJson("\"title\":\"" + invisible + "\""))
        .post(TICKETS)
        .then()
        .statusCode(422)
        .body("violations.field", equalTo(List.of("title")))
        .body("violations[0].message", equalTo("Please give the ticket a short title."));
  }

  @Test
  void textsAreTrimmedOfEveryKindOfSpaceAndNormalised() {
    raw(as(base, "rina"), ticketJson("\"title\":\"\\u00a0\\u200bCafe\\u0301 printer\\u202f\""))
        .post(TICKETS)
        .then()
        .statusCode(201)
        .body("title", equalTo("Caf\u00e9 printer"));
  }

  @Test
  void theNewTicketPageGivesTheSameInlineMessageForANoBreakSpaceTitle() {
    SessionFilter session = new SessionFilter();
    assertThat(LoginForm.submit(base, session, "rina", LoketDeployment.PASSWORD).statusCode())
        .as("signed in")
        .isEqualTo(302);
    Response page =
        RestAssured.given()
            .baseUri(base.toString())
            .filter(session)
            .get("tickets/new.xhtml?type=general-question");
    assertThat(page.statusCode()).isEqualTo(200);
    Response answer =
        RestAssured.given()
            .baseUri(base.toString())
            .filter(session)
            .contentType("application/x-www-form-urlencoded; charset=UTF-8")
            .formParam("ticketForm", "ticketForm")
            .formParam("ticketForm:title", "\u00a0\u200b\u00a0")
            .formParam("ticketForm:description", "Steps to reproduce")
            .formParam("ticketForm:impact", "MEDIUM")
            .formParam("ticketForm:urgency", "MEDIUM")
            .formParam("ticketForm:submit", "")
            .formParam("jakarta.faces.ViewState", LoginForm.viewState(page.asString()))
            .formParam("primefaces.nonce", LoginForm.nonce(page.asString()))
            .redirects()
            .follow(false)
            .post("tickets/new.xhtml");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.asString())
        .contains("Please give the ticket a short title.")
        .contains("ticketForm:titleMessage");
  }
}
