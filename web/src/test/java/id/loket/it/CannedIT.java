package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Canned responses over the API on PostgreSQL, with the demo teams (sari in service-desk and
 * network; tono leading service-desk and in travel-desk): rendering fills the placeholders from the
 * ticket; a personal response is invisible to another agent; a team's response is not usable by a
 * non-member; a lead keeps their team's; a stale change is 412; an unknown placeholder is 422
 * problem+json naming it; requesters get 404; lists are complete across keyset pages.
 */
@ExtendWith(ArquillianExtension.class)
class CannedIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void renderingFillsThePlaceholdersForTheTicket() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String number = open(base, "rina", "Printer jams " + suffix);
    long id =
        create(
                "sari",
                Map.of(
                    "scope",
                    "PERSONAL",
                    "language",
                    "en",
                    "title",
                    "Ack " + suffix,
                    "body",
                    "Hi {requester.name}, about {ticket.number} ({ticket.title}): {agent.name}"
                        + " of {team.name} is on it. {not a placeholder} {}"))
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/canned/"))
            .extract()
            .jsonPath()
            .getLong("id");

    JsonPath rendered =
        as(base, "sari")
            .queryParam("ticket", number)
            .get("api/canned/" + id + "/rendering")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(rendered.getString("ticket")).isEqualTo(number);
    assertThat(rendered.getString("text"))
        .startsWith(
            "Hi Rina Wulandari, about " + number + " (Printer jams " + suffix + "): Sari Dewi of ")
        .endsWith(" is on it. {not a placeholder} {}")
        .doesNotContain("{team.name}", "{agent.name}");
    as(base, "sari")
        .queryParam("ticket", "LKT-1999-000001-0")
        .get("api/canned/" + id + "/rendering")
        .then()
        .statusCode(400);
    as(base, "rina")
        .queryParam("ticket", number)
        .get("api/canned/" + id + "/rendering")
        .then()
        .statusCode(404);
  }

  @Test
  void aPersonalResponseIsInvisibleToAnotherAgent() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Sari private " + suffix;
    long id = id(create("sari", personal(title, "Mine only")));
    String number = open(base, "rina", "Mouse broken " + suffix);

    assertThat(titles("sari", null)).contains(title);
    assertThat(titles("tono", null)).doesNotContain(title);
    assertThat(titles("admin", null)).doesNotContain(title);
    as(base, "tono").get("api/canned/" + id).then().statusCode(404);
    as(base, "tono")
        .queryParam("ticket", number)
        .get("api/canned/" + id + "/rendering")
        .then()
        .statusCode(404);
    as(base, "tono")
        .header("If-Match", "\"1\"")
        .body(personal("Taken over", "x"))
        .put("api/canned/" + id)
        .then()
        .statusCode(404);
    as(base, "tono").header("If-Match", "\"1\"").delete("api/canned/" + id).then().statusCode(404);
    as(base, "rina").get("api/canned/" + id).then().statusCode(404);
    as(base, "rina").get("api/canned").then().statusCode(404);
  }

  @Test
  void aTeamResponseIsNotUsableByANonMember() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Travel only " + suffix;
    long id = id(create("admin", team("travel-desk", title, "Your flight {ticket.number}")));
    String number = open(base, "rina", "Flight change " + suffix);

    assertThat(titles("tono", null)).as("a member of travel-desk").contains(title);
    assertThat(titles("sari", null)).as("not in travel-desk").doesNotContain(title);
    as(base, "sari")
        .queryParam("ticket", number)
        .get("api/canned/" + id + "/rendering")
        .then()
        .statusCode(404);
    as(base, "tono")
        .queryParam("ticket", number)
        .get("api/canned/" + id + "/rendering")
        .then()
        .statusCode(200)
        .body("text", equalTo("Your flight " + number));
    // tono uses it but does not lead travel-desk: he may not change it.
    as(base, "tono")
        .header("If-Match", "\"" + version("tono", id) + "\"")
        .body(team("travel-desk", title, "Changed"))
        .put("api/canned/" + id)
        .then()
        .statusCode(403);
    // nor write one for it, nor can sari (a member, not a lead) write one for service-desk.
    create("tono", team("travel-desk", "Nope " + suffix, "x")).then().statusCode(403);
    create("sari", team("service-desk", "Nope " + suffix, "x")).then().statusCode(403);
  }

  @Test
  void aLeadKeepsTheTeamsResponsesAndAStaleChangeIs412() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String title = "Desk hello " + suffix;
    long id = id(create("tono", team("service-desk", title, "Hello {requester.name}")));
    assertThat(titles("sari", "en")).as("a member of service-desk uses it").contains(title);
    assertThat(titles("sari", "id")).doesNotContain(title);

    long seen = version("sari", id);
    JsonPath changed =
        as(base, "tono")
            .header("If-Match", "\"" + seen + "\"")
            .body(
                Map.of(
                    "language", "id",
                    "title", title,
                    "body", "Halo {requester.name}"))
            .put("api/canned/" + id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(changed.getLong("version")).isGreaterThan(seen);
    assertThat(changed.getString("language")).isEqualTo("id");
    assertThat(changed.getString("scope")).isEqualTo("TEAM");
    assertThat(titles("sari", "id")).contains(title);

    as(base, "tono")
        .header("If-Match", "\"" + seen + "\"")
        .body(Map.of("language", "en", "title", title, "body", "Old"))
        .put("api/canned/" + id)
        .then()
        .statusCode(412)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("canned.stale"));
    as(base, "tono")
        .header("If-Match", "\"" + seen + "\"")
        .delete("api/canned/" + id)
        .then()
        .statusCode(412);
    as(base, "tono")
        .body(Map.of("language", "en", "title", title, "body", "x"))
        .put("api/canned/" + id)
        .then()
        .statusCode(428);
    as(base, "tono")
        .header("If-Match", "\"" + changed.getLong("version") + "\"")
        .delete("api/canned/" + id)
        .then()
        .statusCode(204);
    as(base, "sari").get("api/canned/" + id).then().statusCode(404);
  }

  @Test
  void anUnknownPlaceholderIs422ProblemJsonNamingIt() {
    Response refused =
        create("sari", personal("Typo " + UUID.randomUUID(), "Dear {requester.nmae}, hi"));
    refused
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("violations[0].field", equalTo("body"))
        .body("violations[0].message", containsString("{requester.nmae}"));
    as(base, "sari")
        .header("Accept-Language", "id")
        .body(personal("Typo " + UUID.randomUUID(), "Halo {ticket.numbr}"))
        .post("api/canned")
        .then()
        .statusCode(422)
        .body("violations[0].message", containsString("tidak mengenal penanda {ticket.numbr}"));
    create("sari", personal("Unclosed " + UUID.randomUUID(), "See {ticket.number now"))
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("body"));
    create(
            "sari",
            Map.of(
                "scope",
                "TEAM",
                "team",
                "no-such-team",
                "language",
                "en",
                "title",
                "t",
                "body",
                "b"))
        .then()
        .statusCode(422)
        .body("violations[0].field", equalTo("team"));
  }

  @Test
  void keysetPagesByTitleAreCompleteAndFilteredByLanguage() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String title = "Paged " + suffix + " " + i;
      create("sari", personal(title, "Body " + i)).then().statusCode(201);
      made.add(title);
    }
    List<String> seen = new ArrayList<>();
    String after = null;
    do {
      var request = as(base, "sari").queryParam("limit", 2);
      if (after != null) {
        request = request.queryParam("after", after);
      }
      JsonPath page = request.get("api/canned").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.title", String.class));
      after = page.getString("next");
    } while (after != null);
    assertThat(seen).containsSubsequence(made).doesNotHaveDuplicates();
    as(base, "sari").queryParam("after", "%%%").get("api/canned").then().statusCode(400);
  }

  private Response create(String user, Map<String, Object> body) {
    return as(base, user).body(body).post("api/canned");
  }

  private static long id(Response created) {
    return created.then().statusCode(201).extract().jsonPath().getLong("id");
  }

  private long version(String user, long id) {
    return as(base, user)
        .get("api/canned/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private List<String> titles(String user, String lang) {
    var request = as(base, user).queryParam("limit", 200);
    if (lang != null) {
      request = request.queryParam("lang", lang);
    }
    return request
        .get("api/canned")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.title", String.class);
  }

  private static Map<String, Object> personal(String title, String body) {
    return Map.of("scope", "PERSONAL", "language", "en", "title", title, "body", body);
  }

  private static Map<String, Object> team(String team, String title, String body) {
    return Map.of("scope", "TEAM", "team", team, "language", "en", "title", title, "body", body);
  }
}
