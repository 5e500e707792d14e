package id.loket.it;

import static id.loket.it.LoketDeployment.PASSWORD;
import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
 * Routing end to end over the API: a team of fresh agents with skills, a rule on a keyword of its
 * own; a new ticket lands in the team with the agent the skills and loads call for, the trace says
 * why (staff only), routing again records a new decision and audits team and assignee; the admin
 * API validates (422 naming the field) and refuses stale versions (412).
 */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar().addClass(AccountsProbe.class);
  }

  @ArquillianResource URL base;

  /** A team of three agents: expert (net 3), good (net 2), away (net 3, away). */
  private record Setup(
      String team, String keyword, int position, String expert, String good, String away) {}

  private static String random() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private String newAgent() {
    String name = "ra" + random();
    as(base, "admin")
        .post("api/it-accounts/create?username=" + name + "&password=" + PASSWORD + "&role=AGENT")
        .then()
        .statusCode(204);
    return name;
  }

  private Setup setup() {
    String team = "it-" + random();
    String expert = newAgent();
    String good = newAgent();
    String away = newAgent();
    long version =
        as(base, "admin")
            .body(
                Map.of(
                    "nameEn", "IT team " + team,
                    "nameId", "Tim uji " + team,
                    "autoAssign", true))
            .put("api/admin/teams/" + team)
            .then()
            .statusCode(200)
            .body("autoAssign", equalTo(true))
            .extract()
            .jsonPath()
            .getLong("version");
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(
            Map.of(
                "members",
                List.of(
                    Map.of("username", expert),
                    Map.of("username", good),
                    Map.of("username", away, "lead", true))))
        .put("api/admin/teams/" + team + "/members")
        .then()
        .statusCode(200)
        .body("members.username", hasItem(expert));
    skills(expert, Map.of("net", 3), false);
    skills(good, Map.of("net", 2, "laptops", 1), false);
    skills(away, Map.of("net", 3), true);
    String keyword = "zq" + random();
    int position = 1000 + ThreadLocalRandom.current().nextInt(1_000_000);
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("position", position);
    rule.put("team", team);
    rule.put("conditions", Map.of("KEYWORD", List.of(keyword)));
    rule.put("requiredSkills", List.of(Map.of("skill", "net", "level", 2)));
    as(base, "admin")
        .body(rule)
        .post("api/admin/routing-rules")
        .then()
        .statusCode(201)
        .body("team", equalTo(team))
        .body("position", equalTo(position));
    return new Setup(team, keyword, position, expert, good, away);
  }

  private void skills(String agent, Map<String, Integer> skills, boolean away) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("skills", skills);
    body.put("away", away);
    body.put("capacity", 5);
    as(base, "admin")
        .header("If-Match", "\"0\"")
        .body(body)
        .put("api/admin/agents/" + agent)
        .then()
        .statusCode(200)
        .body("away", equalTo(away))
        .body("version", equalTo(1));
  }

  private JsonPath open(Setup s, String title) {
    return as(base, "rina")
        .body(
            Map.of(
                "title", title + " " + s.keyword(),
                "description", "The " + s.keyword() + " link is down since this morning.",
                "category", "software",
                "impact", "MEDIUM",
                "urgency", "MEDIUM"))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void newTicketIsRoutedBySkillsThenLoadAndTheTraceSaysWhy() {
    Setup s = setup();
    JsonPath first = open(s, "Link down");
    assertThat(first.getString("team")).isEqualTo(s.team());
    assertThat(first.getString("assignee")).isEqualTo(s.expert());
    assertThat(first.getString("status")).isEqualTo("ASSIGNED");
    String number = first.getString("number");

    JsonPath trace =
        as(base, "sari")
            .get("api/tickets/" + number + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(trace.getList("items")).hasSize(1);
    assertThat(trace.getInt("items[0].rulePosition")).isEqualTo(s.position());
    assertThat(trace.getString("items[0].actor")).isEqualTo("system");
    assertThat(trace.getString("items[0].outcome")).isEqualTo("ASSIGNED");
    String text = trace.getString("items[0].text");
    assertThat(text)
        .contains("rule " + s.position())
        .contains(s.keyword())
        .contains(s.expert())
        .contains(s.away())
        .contains("away");
    String indonesian =
        as(base, "sari")
            .header("Accept-Language", "id")
            .get("api/tickets/" + number + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].text");
    assertThat(indonesian).isNotEqualTo(text).contains(s.expert());

    // The requester owns the ticket but may not read its routing.
    as(base, "rina").get("api/tickets/" + number + "/routing").then().statusCode(404);

    // With one open ticket, the expert now carries more than the good agent: load decides.
    JsonPath second = open(s, "Printer link down");
    assertThat(second.getString("assignee")).isEqualTo(s.good());
    String text2 =
        as(base, "sari")
            .get("api/tickets/" + second.getString("number") + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("items[0].text");
    assertThat(text2).contains("lowest load");

    // The routing is audited as the ticket's history.
    List<String> fields =
        as(base, "sari")
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.field");
    assertThat(fields).contains("team", "assignee", "status", "created");
  }

  @Test
  void routingAgainRecordsANewDecisionAndAuditsTheChange() {
    Setup s = setup();
    JsonPath first = open(s, "Switch down");
    String number = first.getString("number");
    assertThat(first.getString("assignee")).isEqualTo(s.expert());
    long version = first.getLong("version");

    // The expert goes away: routing again gives the ticket to the good agent.
    JsonPath expert =
        as(base, "admin")
            .get("api/admin/agents/" + s.expert())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> away = new LinkedHashMap<>();
    away.put("skills", Map.of("net", 3));
    away.put("away", true);
    as(base, "admin")
        .header("If-Match", "\"" + expert.getLong("version") + "\"")
        .body(away)
        .put("api/admin/agents/" + s.expert())
        .then()
        .statusCode(200)
        .body("away", equalTo(true));

    as(base, "sari").post("api/tickets/" + number + "/routing").then().statusCode(428);
    as(base, "sari")
        .header("If-Match", "\"" + (version + 7) + "\"")
        .post("api/tickets/" + number + "/routing")
        .then()
        .statusCode(412);
    as(base, "rina")
        .header("If-Match", "\"" + version + "\"")
        .post("api/tickets/" + number + "/routing")
        .then()
        .statusCode(404);
    as(base, "sari")
        .header("If-Match", "\"" + version + "\"")
        .post("api/tickets/" + number + "/routing")
        .then()
        .statusCode(200)
        .body("assignee", equalTo(s.good()))
        .body("team", equalTo(s.team()));

    JsonPath decisions =
        as(base, "sari")
            .get("api/tickets/" + number + "/routing?limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(decisions.getString("items[0].actor")).isEqualTo("sari");
    assertThat(decisions.getString("items[0].assignee")).isEqualTo(s.good());
    String next = decisions.getString("next");
    assertThat(next).isNotNull();
    as(base, "sari")
        .get("api/tickets/" + number + "/routing?limit=1&before=" + next)
        .then()
        .statusCode(200)
        .body("items[0].actor", equalTo("system"))
        .body("items[0].assignee", equalTo(s.expert()));

    JsonPath history =
        as(base, "sari")
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getString("items[0].actor")).isEqualTo("sari");
    assertThat(history.getString("items[0].field")).isEqualTo("assignee");
    assertThat(history.getString("items[0].oldValue")).isEqualTo(s.expert());
    assertThat(history.getString("items[0].newValue")).isEqualTo(s.good());
  }

  @Test
  void adminApiValidatesAndRefusesStaleVersions() {
    Setup s = setup();
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("position", s.position());
    rule.put("team", "no-such-team-" + random());
    rule.put("conditions", Map.of("CATEGORY", List.of("network")));
    as(base, "admin")
        .body(rule)
        .post("api/admin/routing-rules")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("team"))
        .body("violations.field", hasItem("position"));
    rule.put("team", s.team());
    rule.put("position", s.position() + 1);
    rule.put("conditions", Map.of("COLOUR", List.of("red")));
    rule.put("requiredSkills", List.of(Map.of("skill", "net", "level", 4)));
    as(base, "admin")
        .body(rule)
        .post("api/admin/routing-rules")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("conditions.COLOUR"))
        .body("violations.field", hasItem("requiredSkills[0]"));

    List<Map<String, Object>> rules =
        as(base, "admin")
            .get("api/admin/routing-rules")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.team == '" + s.team() + "' }");
    assertThat(rules).hasSize(1);
    Number id = (Number) rules.get(0).get("id");
    Number version = (Number) rules.get(0).get("version");
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("position", s.position());
    change.put("team", s.team());
    change.put("conditions", Map.of("KEYWORD", List.of(s.keyword(), "other" + random())));
    as(base, "admin").body(change).put("api/admin/routing-rules/" + id).then().statusCode(428);
    as(base, "admin")
        .header("If-Match", "\"" + (version.longValue() + 3) + "\"")
        .body(change)
        .put("api/admin/routing-rules/" + id)
        .then()
        .statusCode(412);
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(change)
        .put("api/admin/routing-rules/" + id)
        .then()
        .statusCode(200)
        .body("conditions.KEYWORD.size()", equalTo(2));

    as(base, "admin")
        .header("If-Match", "\"0\"")
        .body(Map.of("skills", Map.of("net", 4)))
        .put("api/admin/agents/" + s.good())
        .then()
        .statusCode(412);
    as(base, "admin")
        .header("If-Match", "\"1\"")
        .body(Map.of("skills", Map.of("net", 4)))
        .put("api/admin/agents/" + s.good())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("skills.net"));
    as(base, "admin")
        .header("If-Match", "\"999\"")
        .body(Map.of("members", List.of()))
        .put("api/admin/teams/" + s.team() + "/members")
        .then()
        .statusCode(412);
    as(base, "admin")
        .header(
            "If-Match",
            "\""
                + as(base, "admin")
                    .get("api/admin/teams/" + s.team())
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getLong("version")
                + "\"")
        .body(Map.of("members", List.of(Map.of("username", "rina"))))
        .put("api/admin/teams/" + s.team() + "/members")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("members[0].username"));

    // Only administrators keep the table; a requester may not even read it.
    as(base, "sari").body(rule).post("api/admin/routing-rules").then().statusCode(403);
    as(base, "rina").get("api/admin/routing-rules").then().statusCode(403);
    as(base, "rina").get("api/admin/teams").then().statusCode(403);
  }

  @Test
  void aTeamLeadChangesTheMembersOfTheirTeamButNotWhoLeads() {
    Setup s = setup();
    // tono leads nothing of this team: refused.
    long version =
        as(base, "admin")
            .get("api/admin/teams/" + s.team())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(base, "tono")
        .header("If-Match", "\"" + version + "\"")
        .body(Map.of("members", List.of(Map.of("username", s.expert()))))
        .put("api/admin/teams/" + s.team() + "/members")
        .then()
        .statusCode(403);
  }

  @Test
  void catalogRefusesAFirstTeamThatDoesNotExist() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("category", "software");
    body.put("sortOrder", 90);
    body.put("nameEn", "Routing test type");
    body.put("nameId", "Jenis uji routing");
    body.put("descriptionEn", "A type made by a test");
    body.put("descriptionId", "Jenis yang dibuat oleh pengujian");
    body.put("icon", "pi pi-send");
    body.put("defaultImpact", "LOW");
    body.put("defaultUrgency", "LOW");
    body.put("firstTeam", "no-such-team");
    body.put("form", List.of());
    as(base, "admin")
        .body(body)
        .put("api/admin/catalog/types/rt-" + random())
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("firstTeam"));
  }
}
