package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.loket.it.support.ItDatabase;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * The agent's workbench over the API on PostgreSQL: merging a duplicate moves its conversation,
 * attachments and watchers and audits both tickets; links are made, listed from both ends and
 * removed, and resolving a parent resolves its children; a stale version is refused (412) and a
 * merge without one is not even tried (428); presence of a colleague is seen and expires by itself.
 * Links are audited on both tickets (not shown to requesters); resolving a parent's children leaves
 * closed ones alone; a request-type change routes the ticket again and is audited.
 */
@ExtendWith(ArquillianExtension.class)
class WorkbenchIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void mergeMovesConversationAttachmentsAndWatchersAndAuditsBothTickets() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String duplicate = open(base, "rina", "Projector dead " + suffix);
    String primary = open(base, "budi", "Projector in room 3 dead " + suffix);
    String rinaSays = "It smells burnt " + suffix;
    comment("rina", duplicate, rinaSays, "PUBLIC").then().statusCode(201);
    comment("sari", duplicate, "Checked the fuse " + suffix, "INTERNAL").then().statusCode(201);
    as(base, "sari")
        .body(Map.of("username", "maya"))
        .post("api/tickets/" + duplicate + "/watchers")
        .then()
        .statusCode(200);
    long attachment = attach(duplicate, "burnt-" + suffix + ".txt");

    JsonPath closed =
        as(base, "sari")
            .header("If-Match", etag("sari", duplicate))
            .body(Map.of("into", primary))
            .post("api/tickets/" + duplicate + "/merge")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(closed.getString("status")).isEqualTo("CLOSED");
    assertThat(
            single(
                "SELECT p.number FROM ticket d JOIN ticket p ON p.id = d.merged_into"
                    + " WHERE d.number = ?",
                duplicate))
        .as("the duplicate points at its primary")
        .isEqualTo(primary);
    List<String> primaryBodies = bodies("sari", primary);
    assertThat(primaryBodies)
        .contains(rinaSays, "Checked the fuse " + suffix)
        .anyMatch(b -> b.startsWith("Ticket " + duplicate + " was merged into this one"));
    assertThat(bodies("sari", duplicate))
        .as("only the pointer stays")
        .singleElement()
        .satisfies(b -> assertThat(b).startsWith("Merged into " + primary));
    assertThat(
            as(base, "sari")
                .get("api/tickets/" + primary + "/attachments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(attachment);
    assertThat(watchers(primary)).contains("maya", "rina");
    assertThat(watchers(duplicate)).isEmpty();
    assertThat(fields(duplicate)).contains("merged_into", "status");
    assertThat(fields(primary)).contains("merged");
    // Both requesters are told: a public reply on each, published through the outbox.
    assertThat(
            single(
                "SELECT count(*) FROM outbox_event WHERE aggregate_key IN (?, ?)"
                    + " AND event_type = 'TICKET_COMMENTED' AND payload->>'author' = 'sari'"
                    + " AND payload->>'visibility' = 'PUBLIC'",
                duplicate,
                primary))
        .isEqualTo("2");
    // The duplicate's requester keeps reading what she wrote: she watches the primary now,
    // without seeing its internal notes.
    assertThat(bodies("rina", primary))
        .contains(rinaSays)
        .doesNotContain("Checked the fuse " + suffix);
  }

  @Test
  void mergeRefusesItselfAClosedPrimaryRequestersAndStaleOrMissingVersions() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String a = open(base, "rina", "Merge rules A " + suffix);
    String b = open(base, "rina", "Merge rules B " + suffix);
    String c = open(base, "rina", "Merge rules C " + suffix);

    merge("sari", a, a, etag("sari", a)).then().statusCode(422);
    merge("sari", a, "LKT-1999-000001-0", etag("sari", a)).then().statusCode(422);
    merge("sari", a, b, null).then().statusCode(428);
    merge("rina", a, b, etag("rina", a)).then().statusCode(403);
    String old = etag("sari", a);
    comment("rina", a, "One more detail", "PUBLIC").then().statusCode(201);
    merge("sari", a, b, old).then().statusCode(412);

    merge("sari", a, b, etag("sari", a)).then().statusCode(200);
    merge("sari", c, a, etag("sari", c))
        .then()
        .statusCode(409)
        .body("code", equalTo("ticket.merge.target"));
    merge("sari", b, a, etag("sari", b)).then().statusCode(409);
    assertThat(status(c)).isEqualTo("NEW");
  }

  @Test
  void aStaleVersionIsRefusedWith412OnEveryTicketWrite() {
    String number = open(base, "rina", "Stale " + UUID.randomUUID());
    String seen = etag("sari", number);
    comment("rina", number, "Meanwhile", "PUBLIC").then().statusCode(201);

    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("body", "Mine", "visibility", "PUBLIC"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(412)
        .body("code", equalTo("ticket.stale"));
    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("to", "ASSIGNED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(412);
    assertThat(status(number)).isEqualTo("NEW");
  }

  @Test
  void staffReclassifyAndReassignWithAReasonEachChangeAudited() {
    String number = open(base, "rina", "Reclassify " + UUID.randomUUID());
    String classification = "api/tickets/" + number + "/workbench/classification";
    Map<String, String> body = Map.of("impact", "LOW", "urgency", "HIGH", "category", "network");

    as(base, "sari").body(body).put(classification).then().statusCode(428);
    as(base, "rina")
        .header("If-Match", etag("rina", number))
        .body(body)
        .put(classification)
        .then()
        .statusCode(403);
    as(base, "sari")
        .header("If-Match", etag("sari", number))
        .body(Map.of("impact", "LOW", "urgency", "HIGH", "category", "no-such-category"))
        .put(classification)
        .then()
        .statusCode(422);
    JsonPath done =
        as(base, "sari")
            .header("If-Match", etag("sari", number))
            .body(body)
            .put(classification)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(done.getString("category")).isEqualTo("network");
    assertThat(done.getString("urgency")).isEqualTo("HIGH");
    assertThat(fields(number)).contains("impact", "urgency", "category");
    assertThat(done.getString("team"))
        .as("hardware went to workplace; network routes again")
        .isEqualTo("network");
    JsonPath routing =
        as(base, "sari")
            .get("api/tickets/" + number + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(routing.getList("items.actor", String.class))
        .as("newest first: the re-route by sari, then the routing on create")
        .containsExactly("sari", "system");
    assertThat(routing.getList("items.team", String.class)).containsExactly("network", "workplace");
    assertThat(fields(number)).as("the team change is audited").contains("team");

    String assignment = "api/tickets/" + number + "/workbench/assignment";
    as(base, "sari")
        .header("If-Match", etag("sari", number))
        .body(Map.of("assignee", "rina"))
        .post(assignment)
        .then()
        .statusCode(422);
    String seen = etag("sari", number);
    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("assignee", "tono", "reason", "Network is his"))
        .post(assignment)
        .then()
        .statusCode(200)
        .body("assignee", equalTo("tono"))
        .body("status", equalTo("ASSIGNED"));
    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("assignee", "sari"))
        .post(assignment)
        .then()
        .statusCode(412);
    assertThat(bodies("sari", number)).contains("→ tono: Network is his");
    assertThat(bodies("rina", number)).as("the reason is internal").isEmpty();
    assertThat(fields(number)).contains("assignee");
  }

  @Test
  void staffLogTimePerReplyOrNoteAndOnlyStaffSeeIt() {
    String number = open(base, "rina", "Time spent " + UUID.randomUUID());
    String comments = "api/tickets/" + number + "/comments";
    as(base, "sari")
        .body(Map.of("body", "Replaced the toner", "visibility", "PUBLIC", "minutesSpent", 15))
        .post(comments)
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("body", "Ordered toner", "visibility", "INTERNAL", "minutesSpent", 5))
        .post(comments)
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("body", "Too long", "minutesSpent", 1441))
        .post(comments)
        .then()
        .statusCode(422);
    as(base, "rina")
        .body(Map.of("body", "I spent an hour", "minutesSpent", 60))
        .post(comments)
        .then()
        .statusCode(403);

    assertThat(
            as(base, "sari")
                .get(comments)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.minutesSpent", Integer.class))
        .containsExactly(5, 15);
    assertThat(
            as(base, "rina")
                .get(comments)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.minutesSpent"))
        .as("requesters do not see logged time")
        .containsExactly((Object) null);
  }

  @Test
  void linksAreMadeListedFromBothEndsAndRemovedAndAParentResolvesItsChildren() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String parent = open(base, "rina", "Major outage " + suffix);
    String child = open(base, "budi", "No mail " + suffix);
    String related = open(base, "budi", "Slow network " + suffix);
    String links = "api/tickets/" + parent + "/links";

    long relatedLink =
        link(parent, related, "RELATED").then().statusCode(201).extract().jsonPath().getLong("id");
    link(parent, child, "PARENT_CHILD")
        .then()
        .statusCode(201)
        .body("role", equalTo("CHILD"))
        .body("number", equalTo(child));
    link(related, parent, "RELATED").then().statusCode(409);
    link(child, parent, "PARENT_CHILD").then().statusCode(409);
    link(parent, parent, "RELATED").then().statusCode(422);
    link(related, child, "PARENT_CHILD")
        .then()
        .statusCode(409)
        .body("code", equalTo("link.parent.exists"));
    as(base, "rina")
        .body(Map.of("ticket", child, "kind", "RELATED"))
        .post(links)
        .then()
        .statusCode(403);

    JsonPath fromParent = as(base, "sari").get(links).then().statusCode(200).extract().jsonPath();
    assertThat(fromParent.getList("items.number", String.class)).containsExactly(related, child);
    assertThat(
            as(base, "sari")
                .get("api/tickets/" + child + "/links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.role", String.class))
        .containsExactly("PARENT");

    as(base, "sari").delete(links + "/" + relatedLink).then().statusCode(204);
    as(base, "sari").delete(links + "/" + relatedLink).then().statusCode(404);
    assertThat(
            as(base, "sari")
                .get("api/tickets/" + related + "/links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items"))
        .isEmpty();

    as(base, "sari")
        .body(Map.of("message", "The mail server is back " + suffix))
        .post(links + "/children/resolution")
        .then()
        .statusCode(200)
        .body("resolved", equalTo(List.of(child)));
    assertThat(status(child)).isEqualTo("RESOLVED");
    assertThat(bodies("budi", child)).contains("The mail server is back " + suffix);
    assertThat(status(parent)).isEqualTo("NEW");
  }

  @Test
  void linkingAndUnlinkingIsAuditedOnBothTicketsAndHiddenFromRequesters() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String parent = open(base, "rina", "Outage audit " + suffix);
    String child = open(base, "budi", "Child audit " + suffix);
    String version = etag("sari", parent);
    long id =
        as(base, "sari")
            .body(Map.of("ticket", child.substring(0, child.length() - 2), "kind", "PARENT_CHILD"))
            .post("api/tickets/" + parent + "/links")
            .then()
            .statusCode(201)
            .body("number", equalTo(child))
            .extract()
            .jsonPath()
            .getLong("id");
    assertThat(linkLines(parent)).containsExactly("null -> CHILD " + child);
    assertThat(linkLines(child)).containsExactly("null -> PARENT " + parent);
    assertThat(etag("sari", parent)).as("a link does not change the ticket").isEqualTo(version);

    as(base, "sari").delete("api/tickets/" + child + "/links/" + id).then().statusCode(204);
    assertThat(linkLines(parent))
        .as("newest first")
        .containsExactly("CHILD " + child + " -> null", "null -> CHILD " + child);
    assertThat(linkLines(child)).hasSize(2).first().isEqualTo("PARENT " + parent + " -> null");
    assertThat(
            as(base, "rina")
                .get("api/tickets/" + parent + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.field", String.class))
        .as("the requester sees her ticket's history without the staff-only link lines")
        .contains("created")
        .doesNotContain("link");
  }

  @Test
  void resolvingAParentsChildrenResolvesTheOpenOnesAndLeavesClosedOnesAlone() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String parent = open(base, "rina", "Mail outage " + suffix);
    String open = open(base, "budi", "No mail " + suffix);
    String working = open(base, "rina", "Mail slow " + suffix);
    String closed = open(base, "budi", "Mail gone " + suffix);
    for (String child : List.of(open, working, closed)) {
      link(parent, child, "PARENT_CHILD").then().statusCode(201);
    }
    move("sari", working, "ASSIGNED");
    move("sari", working, "IN_PROGRESS");
    move("sari", closed, "RESOLVED");
    move("budi", closed, "CLOSED");
    int closedComments = bodies("sari", closed).size();

    as(base, "sari")
        .body(Map.of("message", "Mail is back " + suffix))
        .post("api/tickets/" + parent + "/links/children/resolution")
        .then()
        .statusCode(200)
        .body("resolved", equalTo(List.of(open, working)));
    assertThat(status(open)).isEqualTo("RESOLVED");
    assertThat(status(working)).isEqualTo("RESOLVED");
    assertThat(bodies("budi", open)).containsExactly("Mail is back " + suffix);
    assertThat(bodies("rina", working)).containsExactly("Mail is back " + suffix);
    assertThat(status(closed)).isEqualTo("CLOSED");
    assertThat(bodies("sari", closed)).as("a closed child gets no message").hasSize(closedComments);
  }

  @Test
  void changingTheRequestTypeRoutesAgainWithANewTraceAndIsAudited() {
    String number = open(base, "rina", "Retype " + UUID.randomUUID());
    String classification = "api/tickets/" + number + "/workbench/classification";
    String seen = etag("sari", number);
    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("impact", "LOW", "urgency", "LOW", "category", "hardware", "type", "nope"))
        .put(classification)
        .then()
        .statusCode(422)
        .body("violations.field", equalTo(List.of("type")));
    as(base, "sari")
        .header("If-Match", seen)
        .body(Map.of("impact", "LOW", "urgency", "LOW", "category", "email", "type", "network-vpn"))
        .put(classification)
        .then()
        .statusCode(422)
        .body("violations.field", equalTo(List.of("category")));
    JsonPath done =
        as(base, "sari")
            .header("If-Match", seen)
            .body(
                Map.of(
                    "impact",
                    "LOW",
                    "urgency",
                    "LOW",
                    "category",
                    "hardware",
                    "type",
                    "network-vpn"))
            .put(classification)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(done.getString("requestType")).isEqualTo("network-vpn");
    assertThat(done.getString("category")).as("the type brings its category").isEqualTo("network");
    assertThat(done.getString("team")).isEqualTo("network");
    assertThat(fields(number)).contains("request_type", "category", "team");
    JsonPath routing =
        as(base, "sari")
            .get("api/tickets/" + number + "/routing")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(routing.getList("items.actor", String.class)).containsExactly("sari", "system");
    assertThat(routing.getList("items.team", String.class)).containsExactly("network", "workplace");

    as(base, "sari")
        .header("If-Match", seen)
        .body(
            Map.of("impact", "LOW", "urgency", "LOW", "category", "email", "type", "email-problem"))
        .put(classification)
        .then()
        .statusCode(412);
    assertThat(status(number)).isNotNull();
    assertThat(
            as(base, "sari")
                .get("api/tickets/" + number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("requestType"))
        .as("the stale change was not applied")
        .isEqualTo("network-vpn");
  }

  @Test
  void aColleagueOnTheSameTicketIsSeenUntilTheirHeartbeatExpires() throws Exception {
    String number = open(base, "rina", "Presence " + UUID.randomUUID());
    String presence = "api/tickets/" + number + "/presence";

    as(base, "sari").body(Map.of("mode", "EDITING")).put(presence).then().statusCode(200);
    JsonPath seenByTono =
        as(base, "tono").body(Map.of()).put(presence).then().statusCode(200).extract().jsonPath();
    assertThat(seenByTono.getList("username", String.class)).containsExactly("sari");
    assertThat(seenByTono.getString("[0].mode")).isEqualTo("EDITING");
    assertThat(
            as(base, "sari")
                .get(presence)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .as("nobody sees themselves")
        .containsExactly("tono");
    as(base, "rina").get(presence).then().statusCode(403);

    try (Connection db = ItDatabase.connection();
        PreparedStatement age =
            db.prepareStatement(
                "UPDATE ticket_presence SET seen_at = seen_at - INTERVAL '46 seconds'"
                    + " WHERE username = 'sari' AND ticket_id = (SELECT id FROM ticket WHERE number = ?)")) {
      age.setString(1, number);
      assertThat(age.executeUpdate()).isEqualTo(1);
    }
    assertThat(
            as(base, "tono")
                .get(presence)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .as("sari's last beat is older than the window")
        .isEmpty();
    as(base, "tono").delete(presence).then().statusCode(204);
    assertThat(
            as(base, "sari")
                .get(presence)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .isEmpty();
  }

  private io.restassured.response.Response comment(
      String user, String number, String body, String visibility) {
    return as(base, user)
        .body(Map.of("body", body, "visibility", visibility))
        .post("api/tickets/" + number + "/comments");
  }

  private io.restassured.response.Response merge(
      String user, String number, String into, String ifMatch) {
    var request = as(base, user).body(Map.of("into", into));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.post("api/tickets/" + number + "/merge");
  }

  private io.restassured.response.Response link(String from, String to, String kind) {
    return as(base, "sari")
        .body(Map.of("ticket", to, "kind", kind))
        .post("api/tickets/" + from + "/links");
  }

  private void move(String user, String number, String to) {
    as(base, user)
        .body(Map.of("to", to))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
  }

  /** The ticket's link history lines (staff), newest first, as "old -> new". */
  private List<String> linkLines(String number) {
    List<Map<String, String>> items =
        as(base, "sari")
            .queryParam("limit", 200)
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(i -> "link".equals(i.get("field")))
        .map(i -> i.get("oldValue") + " -> " + i.get("newValue"))
        .toList();
  }

  private String etag(String user, String number) {
    return as(base, user)
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private String status(String number) {
    return as(base, "sari")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .extract()
        .path("status");
  }

  private List<String> bodies(String user, String number) {
    return as(base, user)
        .get("api/tickets/" + number + "/comments")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.body", String.class);
  }

  private List<String> watchers(String number) {
    return as(base, "sari")
        .get("api/tickets/" + number + "/watchers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("username", String.class);
  }

  private List<String> fields(String number) {
    return as(base, "sari")
        .queryParam("limit", 200)
        .get("api/tickets/" + number + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.field", String.class);
  }

  /** An attachment on the ticket, stored as the attachment feature stores one (id returned). */
  private static long attach(String number, String name) throws Exception {
    try (Connection db = ItDatabase.connection()) {
      long id;
      try (ResultSet rs = db.createStatement().executeQuery("SELECT nextval('attachment_seq')")) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO attachment (id, ticket_id, comment_id, internal, file_name, media_type,"
                  + " size_bytes, sha256, thumbnail, uploaded_by, uploaded_at)"
                  + " SELECT ?, id, NULL, FALSE, ?, 'text/plain', 5, ?, FALSE, requester, now()"
                  + " FROM ticket WHERE number = ?")) {
        insert.setLong(1, id);
        insert.setString(2, name);
        insert.setString(3, "a".repeat(64));
        insert.setString(4, number);
        assertThat(insert.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement content =
          db.prepareStatement(
              "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)")) {
        content.setLong(1, id);
        content.setBytes(2, "burnt".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        content.executeUpdate();
      }
      return id;
    }
  }

  private static String single(String sql, String... args) throws Exception {
    try (Connection db = ItDatabase.connection();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        query.setString(i + 1, args[i]);
      }
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
