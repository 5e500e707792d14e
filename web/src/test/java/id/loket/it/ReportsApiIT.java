package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.loket.it.support.LoginForm;
import io.restassured.RestAssured;
import io.restassured.filter.session.SessionFilter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports' API and PDF export from the outside: every endpoint answers a manager in the shape
 * its OpenAPI document promises (the contract test checks each call), the lists page by keyset,
 * requesters and agents are refused, bad filters are 400 or 422 problems, a team lead sees only the
 * teams they lead, and the PDF is a PDF for a manager and a 403 for an agent. (ReportsIT checks the
 * numbers.)
 */
@ExtendWith(ArquillianExtension.class)
class ReportsApiIT {

  private static final List<String> REPORTS =
      List.of("dashboard", "escalations", "sla", "backlog", "satisfaction", "load");
  private static final List<String> LISTS =
      List.of("escalations/rows", "backlog/oldest", "satisfaction/low");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void everyReportAnswersAManagerInItsDocumentedShape() {
    escalatedAndBadlyRatedTicket("Reports API: every report");

    for (String report : REPORTS) {
      as(base, "maya").get("api/reports/" + report).then().statusCode(200);
    }
    JsonPath dashboard = get("maya", "dashboard", "");
    assertThat(dashboard.getLong("kpis.escalations")).isPositive();
    assertThat(dashboard.getList("flow")).as("one entry per day of the default window").hasSize(30);
    JsonPath satisfaction = get("maya", "satisfaction", "");
    assertThat(satisfaction.getList("distribution.key")).containsExactly("1", "2", "3", "4", "5");
    JsonPath escalations = get("maya", "escalations", "&priority=P2&channel=PORTAL");
    assertThat(escalations.getLong("total")).isNotNegative();
    assertThat(get("maya", "backlog", "").getLong("open")).isPositive();
    assertThat(get("maya", "load", "").getList("agents")).isNotNull();
    assertThat(get("maya", "sla", "").getMap("firstResponse")).containsKey("completed");
  }

  @Test
  void listsAnswerInKeysetPages() {
    String number = escalatedAndBadlyRatedTicket("Reports API: lists");

    JsonPath rows = get("maya", "escalations/rows", "&level=NOT_SATISFIED&limit=200");
    assertThat(rows.getList("items.ticketNumber")).contains(number);
    assertThat(rows.getList("items.level")).containsOnly("NOT_SATISFIED");
    JsonPath low = get("maya", "satisfaction/low", "&limit=200");
    assertThat(low.getList("items.ticketNumber")).contains(number);
    assertThat(low.getList("items.rating", Integer.class)).allMatch(r -> r <= 2);

    JsonPath first = get("maya", "backlog/oldest", "&limit=1");
    assertThat(first.getList("items")).hasSize(1);
    String cursor = first.getString("next");
    assertThat(cursor).as("more than one open ticket: a next page").isNotBlank();
    JsonPath second = get("maya", "backlog/oldest", "&limit=1&cursor=" + cursor);
    assertThat(second.getList("items.number"))
        .hasSize(1)
        .doesNotContainAnyElementsOf(first.getList("items.number"));
    for (String list : LISTS) {
      as(base, "admin").get("api/reports/" + list + "?limit=0").then().statusCode(200);
    }
  }

  @Test
  void requestersAndAgentsAreRefused() {
    for (String user : List.of("rina", "sari")) {
      for (String path : List.of("dashboard", "escalations/rows", "backlog/oldest", "load")) {
        as(base, user)
            .get("api/reports/" + path)
            .then()
            .statusCode(403)
            .contentType("application/problem+json");
      }
    }
  }

  @Test
  void badFiltersAreProblemsNamingWhatIsWrong() {
    Response notADate = as(base, "maya").get("api/reports/sla?from=31-03-2026");
    notADate.then().statusCode(400).contentType("application/problem+json");
    assertThat(notADate.jsonPath().getString("code")).isEqualTo("report.pdf.param.date");
    assertThat(notADate.jsonPath().getString("detail")).contains("from", "31-03-2026");
    as(base, "maya")
        .get("api/reports/backlog?to=2026-02-30")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");

    Response reversed = as(base, "maya").get("api/reports/dashboard?from=2026-03-31&to=2026-03-01");
    reversed.then().statusCode(422).contentType("application/problem+json");
    assertThat(reversed.jsonPath().getList("violations.field")).containsExactly("to");
    Response tooLong = as(base, "maya").get("api/reports/load?from=2024-01-01&to=2026-03-01");
    tooLong.then().statusCode(422);
    Response values =
        as(base, "maya").get("api/reports/escalations/rows?priority=P7&channel=PIGEON");
    values.then().statusCode(422);
    assertThat(values.jsonPath().getList("violations.field"))
        .containsExactlyInAnyOrder("priority", "channel");
    as(base, "maya")
        .get("api/reports/escalations/rows?level=LOUD")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void aTeamLeadSeesTheTeamsTheyLeadOnly() {
    // tono leads the service desk (demo data), not the network team.
    get("tono", "escalations", "&team=service-desk");
    get("tono", "backlog/oldest", "&team=service-desk");
    for (String path : List.of("escalations", "backlog/oldest", "satisfaction/low")) {
      as(base, "tono")
          .get("api/reports/" + path + "?team=network")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    assertThat(get("maya", "load", "&team=network").getList("teams.agent")).isSubsetOf("network");
  }

  @Test
  void thePdfIsAPdfForAManagerInTheirLanguage() throws IOException {
    SessionFilter maya = signIn("maya");
    for (String report : REPORTS) {
      Response pdf = page(maya).get("manager/report.pdf?report=" + report);
      pdf.then().statusCode(200).contentType("application/pdf");
      byte[] bytes = pdf.asByteArray();
      assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
      assertThat(pdf.header("Content-Disposition")).contains("loket-" + report + "-");
    }
    byte[] indonesian =
        page(maya)
            .header("Accept-Language", "id")
            .get("manager/report.pdf?report=sla&from=2026-03-01&to=2026-03-31&priority=P2")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(text(indonesian)).contains("Laporan kepatuhan SLA", "(31 hari)", "P2");
  }

  @Test
  void thePdfRefusesAgentsOtherTeamsAndBadParameters() {
    page(signIn("sari")).get("manager/report.pdf?report=sla").then().statusCode(403);
    SessionFilter tono = signIn("tono");
    page(tono).get("manager/report.pdf?report=load&team=network").then().statusCode(403);
    page(tono)
        .get("manager/report.pdf?report=load&team=service-desk")
        .then()
        .statusCode(200)
        .contentType("application/pdf");

    SessionFilter maya = signIn("maya");
    Response unknown = page(maya).get("manager/report.pdf?report=everything");
    unknown.then().statusCode(400).contentType("text/plain");
    assertThat(unknown.asString()).contains("everything", "dashboard");
    Response notADate = page(maya).get("manager/report.pdf?report=sla&to=yesterday");
    notADate.then().statusCode(400);
    assertThat(notADate.asString()).contains("to", "yesterday");
    Response reversed =
        page(maya).get("manager/report.pdf?report=sla&from=2026-03-31&to=2026-03-01");
    reversed.then().statusCode(400);
    assertThat(reversed.asString()).startsWith("The report cannot be made with this filter");
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A ticket of rina's that she escalated and, once resolved, rated 1: a row of each list. */
  private String escalatedAndBadlyRatedTicket(String title) {
    String number = open(base, "rina", title);
    as(base, "rina")
        .body(Map.of("reason", "Nobody answers"))
        .post("api/tickets/" + number + "/escalations")
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    as(base, "rina")
        .body(Map.of("rating", 1, "comment", "Solved by myself in the end"))
        .post("api/tickets/" + number + "/satisfaction")
        .then()
        .statusCode(201);
    return number;
  }

  private JsonPath get(String user, String report, String query) {
    return as(base, user)
        .get("api/reports/" + report + (query.isEmpty() ? "" : "?" + query.substring(1)))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private SessionFilter signIn(String user) {
    SessionFilter session = new SessionFilter();
    LoginForm.submit(base, session, user, PASSWORD).then().statusCode(302);
    return session;
  }

  /** A fresh request in a signed-in page session (a specification keeps its parameters). */
  private RequestSpecification page(SessionFilter session) {
    return RestAssured.given().baseUri(base.toString()).filter(session).redirects().follow(false);
  }

  private static String text(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
