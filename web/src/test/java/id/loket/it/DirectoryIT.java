package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.loket.it.probe.AccountsProbe;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.LinkedHashMap;
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
 * The directory end to end over the API: an administrator sets a requester's department and
 * location (If-Match, 412 when stale, 422 naming the field, 403 for anyone else), finds the user by
 * part of the name in keyset pages, and a rule on department and location routes the requester's
 * next ticket, whose trace names both.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  private static String random() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private String newUser(String name, String role) {
    as(base, "admin")
        .post("api/it-accounts/create?username=" + name + "&password=" + PASSWORD + "&role=" + role)
        .then()
        .statusCode(204);
    return name;
  }

  private long version(String user) {
    return as(base, "admin")
        .get("api/admin/users/" + user)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("version");
  }

  private static Map<String, Object> placement(String department, String location) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("department", department);
    body.put("location", location);
    return body;
  }

  @Test
  void anAdministratorPlacesARequesterAndARuleOnDepartmentRoutesTheirTicket() {
    String team = "fin-" + random();
    as(base, "admin")
        .body(Map.of("nameEn", "Finance apps " + team, "nameId", "Aplikasi keuangan " + team))
        .put("api/admin/teams/" + team)
        .then()
        .statusCode(200);
    // A location of its own keeps the rule from catching other classes' Finance requesters.
    String office = "Kantor " + random();
    int position = 2_000_000 + ThreadLocalRandom.current().nextInt(1_000_000);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("position", position);
    rule.put("team", team);
    rule.put("conditions", Map.of("DEPARTMENT", List.of("Finance"), "LOCATION", List.of(office)));
    as(base, "admin").body(rule).post("api/admin/routing-rules").then().statusCode(201);

    String requester = newUser("dr" + random(), "REQUESTER");
    long version = version(requester);
    as(base, "admin")
        .get("api/admin/users/" + requester)
        .then()
        .statusCode(200)
        .header("ETag", "\"" + version + "\"")
        .body("department", nullValue())
        .body("active", equalTo(true));

    JsonPath placed =
        as(base, "admin")
            .header("If-Match", "\"" + version + "\"")
            .body(placement("  Finance ", office))
            .put("api/admin/users/" + requester)
            .then()
            .statusCode(200)
            .header("ETag", "\"" + (version + 1) + "\"")
            .extract()
            .jsonPath();
    assertThat(placed.getString("department")).isEqualTo("Finance");
    assertThat(placed.getString("location")).isEqualTo(office);

    JsonPath ticket =
        as(base, requester)
            .body(
                Map.of(
                    "title", "Invoice export fails",
                    "description", "The month-end export stops halfway.",
                    "category", "software",
                    "impact", "MEDIUM",
                    "urgency", "MEDIUM"))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(ticket.getString("team")).isEqualTo(team);

    String number = ticket.getString("number");
    JsonPath trace =
        as(base, "sari")
            .get("api/tickets/" + number + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trace.getInt("items[0].rulePosition")).isEqualTo(position);
    assertThat(trace.getString("items[0].text"))
        .contains("rule " + position)
        .contains("department=Finance")
        .contains("location=" + office);
    assertThat(
            as(base, "sari")
                .header("Accept-Language", "id")
                .get("api/tickets/" + number + "/routing")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items[0].text"))
        .contains("aturan " + position)
        .contains("departemen=Finance")
        .contains("lokasi=" + office);
  }

  @Test
  void onlyAdministratorsPlaceUsersAndAStaleOrBadChangeIsRefused() {
    String requester = newUser("dq" + random(), "REQUESTER");
    long version = version(requester);

    // Not even the user themself, nor staff: where a ticket goes is not theirs to steer.
    for (String caller : List.of(requester, "sari", "maya")) {
      as(base, caller)
          .header("If-Match", "\"" + version + "\"")
          .body(placement("Finance", "Jakarta"))
          .put("api/admin/users/" + requester)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    as(base, "sari").get("api/admin/users?q=" + requester).then().statusCode(403);

    as(base, "admin")
        .body(placement("Finance", "Jakarta"))
        .put("api/admin/users/" + requester)
        .then()
        .statusCode(428);
    as(base, "admin")
        .header("If-Match", "\"" + (version + 5) + "\"")
        .body(placement("Finance", "Jakarta"))
        .put("api/admin/users/" + requester)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(placement("x".repeat(101), "Jakarta\tBarat"))
        .put("api/admin/users/" + requester)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("department"))
        .body("violations.field", hasItem("location"));
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(placement("Sales", null))
        .put("api/admin/users/nobody" + random())
        .then()
        .statusCode(404);

    // Nothing above changed the user.
    as(base, "admin")
        .get("api/admin/users/" + requester)
        .then()
        .statusCode(200)
        .body("version", equalTo((int) version))
        .body("department", nullValue());
  }

  @Test
  void usersAreFoundByPartOfTheirNameInKeysetPages() {
    String stem = "dk" + random();
    String first = newUser(stem + "a", "REQUESTER");
    String second = newUser(stem + "b", "AGENT");

    JsonPath page1 =
        as(base, "admin")
            .get("api/admin/users?q=" + stem.toUpperCase() + "&limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page1.getList("items.username")).containsExactly(first);
    String next = page1.getString("next");
    assertThat(next).isEqualTo(first);

    JsonPath page2 =
        as(base, "admin")
            .get("api/admin/users?q=" + stem + "&limit=1&after=" + next)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page2.getList("items.username")).containsExactly(second);
    assertThat(page2.getString("next")).isNull();

    // The display name is searched too ("IT <user name>" for users made by the probe).
    assertThat(
            as(base, "admin")
                .queryParam("q", "it " + stem)
                .get("api/admin/users")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.username"))
        .containsExactly(first, second);
    as(base, "admin").get("api/admin/users?q=" + "x".repeat(101)).then().statusCode(422);
  }
}
