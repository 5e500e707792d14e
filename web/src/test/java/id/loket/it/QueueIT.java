package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static id.loket.it.support.QueueData.sql;
import static id.loket.it.support.QueueData.suffix;
import static id.loket.it.support.QueueData.team;
import static org.assertj.core.api.Assertions.assertThat;

import id.loket.it.support.ItDatabase;
import id.loket.it.support.QueueData;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, queues: keyset paging walks a queue in every sort without duplicates or gaps; an agent
 * reads only the queues of their teams (a team lead any); search finds a ticket by its number with
 * or without check digit and by a word of a comment; bulk assign writes one audit entry per ticket
 * and reports a stale row; saved views are private and changed with If-Match.
 *
 * <p>Each test makes its own team (random code) and tickets, and puts them in the team straight in
 * the database: the queue reads {@code ticket.team} whoever set it.
 */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void keysetPagingWalksEveryRowOnceInEverySort() throws SQLException {
    String team = team("sari");
    List<String> numbers = tickets(team, 7);
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    try (Connection db = ItDatabase.connection()) {
      // two share a due instant and two have none; two share their last update
      sql(
          db,
          "UPDATE ticket SET resolution_due_at = ? WHERE number = ?",
          ts(t0.plusSeconds(60)),
          numbers.get(0));
      sql(
          db,
          "UPDATE ticket SET resolution_due_at = ? WHERE number = ?",
          ts(t0.plusSeconds(60)),
          numbers.get(1));
      sql(
          db,
          "UPDATE ticket SET resolution_due_at = ? WHERE number = ?",
          ts(t0.plusSeconds(30)),
          numbers.get(2));
      sql(
          db,
          "UPDATE ticket SET resolution_due_at = ?, priority = 'P1' WHERE number = ?",
          ts(t0.plusSeconds(90)),
          numbers.get(3));
      sql(
          db,
          "UPDATE ticket SET resolution_due_at = ? WHERE number = ?",
          ts(t0.minusSeconds(60)),
          numbers.get(4));
      sql(
          db,
          "UPDATE ticket SET updated_at = ? WHERE number IN (?, ?)",
          ts(t0),
          numbers.get(5),
          numbers.get(6));
    }
    for (String sort : new String[] {"due", "priority", "age", "updated"}) {
      List<String> seen = new ArrayList<>();
      String after = null;
      int pages = 0;
      do {
        var request =
            as(base, "sari")
                .queryParam("team", team)
                .queryParam("sort", sort)
                .queryParam("limit", 3);
        if (after != null) {
          request.queryParam("after", after);
        }
        JsonPath page = request.get("api/queues/team").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("items.number"));
        assertThat(page.getInt("count.value")).isEqualTo(7);
        assertThat(page.getBoolean("count.capped")).isFalse();
        after = page.getString("next");
        pages++;
      } while (after != null && pages < 10);
      assertThat(seen)
          .as(sort)
          .hasSize(7)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(numbers);
      assertThat(pages).as(sort).isEqualTo(3);
      if (sort.equals("due")) {
        assertThat(seen.subList(0, 4))
            .containsExactly(numbers.get(4), numbers.get(2), numbers.get(0), numbers.get(1));
        assertThat(seen.get(4)).isEqualTo(numbers.get(3));
      }
      if (sort.equals("priority")) {
        assertThat(seen.get(0)).isEqualTo(numbers.get(3));
      }
      if (sort.equals("age")) {
        assertThat(seen).containsExactlyElementsOf(numbers);
      }
    }
    // a cursor of another sort, or a damaged one, is a 400 (never a wrong page)
    String dueCursor =
        as(base, "sari")
            .queryParam("team", team)
            .queryParam("limit", 2)
            .get("api/queues/team")
            .then()
            .statusCode(200)
            .extract()
            .path("next");
    as(base, "sari")
        .queryParam("team", team)
        .queryParam("sort", "age")
        .queryParam("after", dueCursor)
        .get("api/queues/team")
        .then()
        .statusCode(400);
    as(base, "sari")
        .queryParam("team", team)
        .queryParam("sort", "sideways")
        .get("api/queues/team")
        .then()
        .statusCode(422);
  }

  @Test
  void anAgentReadsOnlyTheQueuesOfTheirTeamsWhileATeamLeadReadsAny() throws SQLException {
    String mine = team("sari");
    String other = team(null);
    List<String> inOther = tickets(other, 1);
    as(base, "sari").queryParam("team", mine).get("api/queues/team").then().statusCode(200);
    as(base, "sari").queryParam("team", other).get("api/queues/team").then().statusCode(404);
    assertThat(
            as(base, "tono")
                .queryParam("team", other)
                .get("api/queues/team")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.number"))
        .containsExactlyElementsOf(inOther);
    as(base, "sari").get("api/queues/all").then().statusCode(403);
    as(base, "maya").queryParam("limit", 1).get("api/queues/all").then().statusCode(200);
    as(base, "rina").get("api/queues/mine").then().statusCode(403);
    as(base, "rina").queryParam("q", "printer").get("api/search").then().statusCode(403);
    // the views sari may open include her team, not the other
    List<String> views =
        as(base, "sari")
            .get("api/queues")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("view");
    assertThat(views)
        .contains("mine", "unassigned", "team:" + mine)
        .doesNotContain("all", "team:" + other);
    // her team's unassigned and waiting views are scoped to it
    assertThat(
            as(base, "sari")
                .queryParam("sort", "age")
                .queryParam("limit", 200)
                .queryParam("teamFilter", other)
                .get("api/queues/unassigned")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.number"))
        .isEmpty();
    as(base, "sari").queryParam("priority", "P9").get("api/queues/mine").then().statusCode(422);
    as(base, "sari").get("api/queues/elsewhere").then().statusCode(404);
  }

  @Test
  void searchFindsByNumberWithOrWithoutCheckDigitAndByAWordOfAComment() {
    String number = open(base, "rina", "Queue search " + suffix());
    String word = "zq" + suffix();
    as(base, "sari")
        .body(Map.of("body", "Checked the " + word + " adapter twice", "visibility", "INTERNAL"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
    String withoutCheck = number.substring(0, number.length() - 2);
    String sequence = withoutCheck.substring(withoutCheck.lastIndexOf('-') + 1);
    for (String q : new String[] {number, withoutCheck, sequence.replaceFirst("^0+", "")}) {
      assertThat(searchNumbers(q)).as(q).contains(number);
    }
    assertThat(searchNumbers(number)).containsExactly(number);
    assertThat(searchNumbers(word)).containsExactly(number);
    as(base, "sari").queryParam("q", " ").get("api/search").then().statusCode(422);
  }

  @Test
  void bulkAssignWritesOneAuditEntryPerTicketAndReportsAStaleRow() throws SQLException {
    String team = team("sari");
    List<String> numbers = tickets(team, 3);
    List<Map<String, Object>> items = new ArrayList<>();
    List<Long> before = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      before.add(assignments(numbers.get(i)));
      long version =
          as(base, "sari")
              .get("api/tickets/" + numbers.get(i))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
      items.add(Map.of("number", numbers.get(i), "version", i == 2 ? version - 1 : version));
    }
    as(base, "sari")
        .body(Map.of("action", "ASSIGN", "items", items))
        .post("api/queues/bulk")
        .then()
        .statusCode(422);
    JsonPath result =
        as(base, "sari")
            .body(Map.of("action", "ASSIGN", "assignee", "tono", "items", items))
            .post("api/queues/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getList("items.outcome")).containsExactly("DONE", "DONE", "STALE");
    for (int i = 0; i < numbers.size(); i++) {
      // one audit entry per ticket done (whatever routing recorded when it was opened)
      assertThat(assignments(numbers.get(i)) - before.get(i))
          .as(numbers.get(i))
          .isEqualTo(i == 2 ? 0 : 1);
      String assignee =
          as(base, "sari").get("api/tickets/" + numbers.get(i)).then().extract().path("assignee");
      assertThat(assignee).isEqualTo(i == 2 ? null : "tono");
    }
    // tono's "mine" shows the two; a ticket outside sari's teams is not hers to act on
    assertThat(
            as(base, "tono")
                .queryParam("teamFilter", team)
                .get("api/queues/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.number"))
        .containsExactlyInAnyOrder(numbers.get(0), numbers.get(1));
    String foreign = tickets(team(null), 1).get(0);
    long v =
        as(base, "sari")
            .get("api/tickets/" + foreign)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    assertThat(
            as(base, "sari")
                .body(
                    Map.of(
                        "action",
                        "STATUS",
                        "status",
                        "ASSIGNED",
                        "items",
                        List.of(Map.of("number", foreign, "version", v))))
                .post("api/queues/bulk")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.outcome"))
        .containsExactly("NOT_FOUND");
  }

  @Test
  void bulkMoveToTeamAuditsEachTicketAndRefusesAnUnknownTeam() throws SQLException {
    String from = team("sari");
    String to = team(null);
    List<String> numbers = tickets(from, 2);
    List<Map<String, Object>> items = new ArrayList<>();
    for (String number : numbers) {
      long version =
          as(base, "sari")
              .get("api/tickets/" + number)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("version");
      items.add(Map.of("number", number, "version", version));
    }
    as(base, "sari")
        .body(Map.of("action", "TEAM", "items", items))
        .post("api/queues/bulk")
        .then()
        .statusCode(422);
    assertThat(
            as(base, "sari")
                .body(Map.of("action", "TEAM", "team", "no-such-" + suffix(), "items", items))
                .post("api/queues/bulk")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.outcome"))
        .containsExactly("REFUSED", "REFUSED");
    assertThat(
            as(base, "sari")
                .body(Map.of("action", "TEAM", "team", to, "items", items))
                .post("api/queues/bulk")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.outcome"))
        .containsExactly("DONE", "DONE");
    for (String number : numbers) {
      assertThat(
              as(base, "sari").get("api/tickets/" + number).then().extract().<String>path("team"))
          .isEqualTo(to);
      List<Map<String, Object>> history =
          as(base, "sari")
              .queryParam("limit", 200)
              .get("api/tickets/" + number + "/history")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      assertThat(
              history.stream()
                  .filter(h -> "team".equals(h.get("field")) && "sari".equals(h.get("actor")))
                  .map(h -> h.get("newValue")))
          .as("one audit entry per ticket, by the agent")
          .containsExactly(to);
    }
  }

  @Test
  void savedViewsArePrivateAndChangedWithTheVersionRead() {
    String name = "Network P1 " + suffix();
    Map<String, Object> body =
        Map.of(
            "name",
            name,
            "definition",
            Map.of("view", "team", "team", "network", "sort", "priority", "priority", "P1"));
    var created = as(base, "sari").body(body).post("api/me/views").then().statusCode(201).extract();
    long id = created.jsonPath().getLong("id");
    String etag = created.header("ETag");
    assertThat(created.header("Location")).endsWith("/api/me/views/" + id);
    as(base, "sari").body(body).post("api/me/views").then().statusCode(409);
    as(base, "sari")
        .body(Map.of("name", name + "x", "definition", Map.of("view", "nowhere")))
        .post("api/me/views")
        .then()
        .statusCode(422);
    assertThat(
            as(base, "sari")
                .get("api/me/views")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name"))
        .contains(name);
    as(base, "tono").get("api/me/views/" + id).then().statusCode(404);

    Map<String, Object> renamed =
        Map.of("name", name + " renamed", "definition", Map.of("view", "mine"));
    as(base, "sari").body(renamed).put("api/me/views/" + id).then().statusCode(428);
    String etag2 =
        as(base, "sari")
            .header("If-Match", etag)
            .body(renamed)
            .put("api/me/views/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(etag2).isNotEqualTo(etag);
    as(base, "sari")
        .header("If-Match", etag)
        .body(body)
        .put("api/me/views/" + id)
        .then()
        .statusCode(412);
    as(base, "sari").header("If-Match", etag).delete("api/me/views/" + id).then().statusCode(412);
    as(base, "tono").header("If-Match", etag2).delete("api/me/views/" + id).then().statusCode(404);
    as(base, "sari").header("If-Match", etag2).delete("api/me/views/" + id).then().statusCode(204);
    as(base, "sari").get("api/me/views/" + id).then().statusCode(404);
  }

  private List<String> searchNumbers(String q) {
    return as(base, "sari")
        .queryParam("q", q)
        .get("api/search")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("number");
  }

  /** How many history lines of the ticket record an assignee change. */
  private long assignments(String number) {
    List<Map<String, Object>> history =
        as(base, "sari")
            .queryParam("limit", 200)
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return history.stream().filter(h -> "assignee".equals(h.get("field"))).count();
  }

  List<String> tickets(String team, int n) throws SQLException {
    return QueueData.tickets(base, team, n);
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }
}
