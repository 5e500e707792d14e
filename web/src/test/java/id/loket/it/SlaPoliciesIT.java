package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA policies over HTTP: an administrator creates one (201, Location, ETag), reads it and changes
 * it only with the version read (428 without, 412 stale); every bad field is named in one 422; a
 * second active policy of the same scope is a 409 naming the first; managers read, agents and
 * requesters are refused. And a team's own calendar: set, shown, refused when unknown.
 */
@ExtendWith(ArquillianExtension.class)
class SlaPoliciesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  static String policy(String code, String group) {
    return """
        {"code": "%s", "name": "IT network, %s", "priority": "P2", "requestType": "network-vpn",
         "requesterGroup": "%s", "calendar": "office-jakarta", "firstResponse": "PT30M",
         "resolution": "PT8H", "nextResponse": "PT8S", "warnPercent": 80,
         "secondLevelAfter": "PT2H", "reminderEvery": "PT4H", "escalationTeam": "network"}
        """
        .formatted(code, group, group);
  }

  @Test
  void anAdministratorCreatesReadsAndChangesAPolicyWithItsVersion() {
    String code = unique("it-p-");
    String group = unique("Group ");
    JsonPath created =
        as(base, "admin")
            .body(policy(code, group))
            .post("api/admin/sla/policies")
            .then()
            .statusCode(201)
            .header("Location", endsWith("/api/admin/sla/policies/" + code))
            .body("code", equalTo(code))
            .body("firstResponse", equalTo("PT30M"))
            .body("resolution", equalTo("PT8H"))
            .body("nextResponse", equalTo("PT8S"))
            .body("warnPercent", equalTo(80))
            .body("active", equalTo(true))
            .body("updatedBy", equalTo("admin"))
            .extract()
            .jsonPath();
    long version = created.getLong("version");
    as(base, "admin")
        .get("api/admin/sla/policies/" + code)
        .then()
        .statusCode(200)
        .header("ETag", "\"" + version + "\"")
        .body("requesterGroup", equalTo(group))
        .body("escalationTeam", equalTo("network"));

    String change = policy(code, group).replace("\"PT30M\"", "\"PT45M\"");
    // no If-Match: 428; a stale one: 412; the current one: changed
    as(base, "admin").body(change).put("api/admin/sla/policies/" + code).then().statusCode(428);
    as(base, "admin")
        .header("If-Match", "\"" + (version + 7) + "\"")
        .body(change)
        .put("api/admin/sla/policies/" + code)
        .then()
        .statusCode(412);
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(change)
        .put("api/admin/sla/policies/" + code)
        .then()
        .statusCode(200)
        .header("ETag", "\"" + (version + 1) + "\"")
        .body("firstResponse", equalTo("PT45M"));
    // the code stays; the list has it in order among the defaults
    as(base, "admin")
        .header("If-Match", "\"" + (version + 1) + "\"")
        .body(change.replace(code, code + "-x"))
        .put("api/admin/sla/policies/" + code)
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("code"));
    as(base, "maya")
        .get("api/admin/sla/policies")
        .then()
        .statusCode(200)
        .body("code", hasItems("p1-default", "p4-default", code));
    as(base, "admin").get("api/admin/sla/policies/no-such-policy").then().statusCode(404);
  }

  @Test
  void everyBadFieldIsNamed() {
    String request =
        """
        {"code": "Bad Code", "name": "", "priority": "P9", "requestType": "no-such-type",
         "requesterGroup": "two\\nlines", "calendar": "mars", "firstResponse": "30 minutes",
         "resolution": "PT0S", "nextResponse": "P400D", "warnPercent": 100,
         "secondLevelAfter": "-PT1H", "reminderEvery": "PT1H", "escalationTeam": "ghosts"}
        """;
    as(base, "admin")
        .body(request)
        .post("api/admin/sla/policies")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            hasItems(
                "code",
                "name",
                "priority",
                "requestType",
                "requesterGroup",
                "calendar",
                "firstResponse",
                "resolution",
                "nextResponse",
                "warnPercent",
                "secondLevelAfter",
                "escalationTeam"));
  }

  @Test
  void aSecondActivePolicyOfTheSameScopeIsAConflictNamingTheFirst() {
    String group = unique("Clash ");
    String first = unique("it-a-");
    String second = unique("it-b-");
    as(base, "admin")
        .body(policy(first, group))
        .post("api/admin/sla/policies")
        .then()
        .statusCode(201);
    as(base, "admin")
        .body(policy(second, group))
        .post("api/admin/sla/policies")
        .then()
        .statusCode(409)
        .body("detail", containsString(first));
    // an inactive one may share the scope; switching it on clashes again
    String inactive =
        policy(second, group)
            .replace("\"escalationTeam\"", "\"active\": false, \"escalationTeam\"");
    long version =
        as(base, "admin")
            .body(inactive)
            .post("api/admin/sla/policies")
            .then()
            .statusCode(201)
            .body("active", equalTo(false))
            .extract()
            .jsonPath()
            .getLong("version");
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(policy(second, group))
        .put("api/admin/sla/policies/" + second)
        .then()
        .statusCode(409)
        .body("detail", containsString(first));
    // the same code twice
    as(base, "admin")
        .body(policy(first, group))
        .post("api/admin/sla/policies")
        .then()
        .statusCode(409);
  }

  @Test
  void managersReadAgentsAndRequestersAreRefused() {
    as(base, "maya").get("api/admin/sla/policies/p1-default").then().statusCode(200);
    as(base, "maya")
        .body(policy(unique("it-m-"), unique("M ")))
        .post("api/admin/sla/policies")
        .then()
        .statusCode(403);
    as(base, "sari").get("api/admin/sla/policies").then().statusCode(403);
    as(base, "budi").get("api/admin/sla/policies").then().statusCode(403);
    as(base, "budi")
        .body(policy(unique("it-r-"), unique("R ")))
        .post("api/admin/sla/policies")
        .then()
        .statusCode(403);
  }

  @Test
  void aTeamWorksOnItsOwnCalendarWhenItExists() {
    String team = unique("it-team-");
    String draft =
        """
        {"nameEn": "IT night desk", "nameId": "Meja malam IT", "calendar": "%s"}
        """;
    as(base, "admin")
        .body(draft.formatted("no-such-calendar"))
        .put("api/admin/teams/" + team)
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("calendar"));
    long version =
        as(base, "admin")
            .body(draft.formatted("round-the-clock"))
            .put("api/admin/teams/" + team)
            .then()
            .statusCode(200)
            .body("calendar", equalTo("round-the-clock"))
            .extract()
            .jsonPath()
            .getLong("version");
    // empty: each policy's calendar again
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(draft.formatted(""))
        .put("api/admin/teams/" + team)
        .then()
        .statusCode(200)
        .body("calendar", nullValue());
  }
}
