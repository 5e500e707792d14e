package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static id.loket.it.LoketDeployment.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A ticket's life through the API, persisted and audited, as requester and agent see it. */
@ExtendWith(ArquillianExtension.class)
class TicketLifecycleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void ticketIsStoredWithNumberPriorityAndCreationAudit() {
    as(base, "rina")
        .body(LoketDeployment.newTicket("Laptop will not start"))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .header("Location", matchesPattern(".*/api/tickets/LKT-\\d{4}-\\d{6}-\\d"))
        .body("number", matchesPattern("LKT-\\d{4}-\\d{6}-\\d"))
        .body("status", equalTo("NEW"))
        .body("priority", equalTo("P2"))
        .body("requester", equalTo("rina"))
        .body("version", equalTo(1))
        .header("ETag", equalTo("\"1\""))
        .body("$", not(hasKey("history")))
        .body("$", not(hasKey("comments")));
  }

  @Test
  void everyChangeIsAuditedInOrderAndInternalNotesStayInternal() {
    String number = open(base, "rina", "Printer on floor 3 jams");

    as(base, "sari")
        .body(Map.of("to", "ASSIGNED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    as(base, "sari")
        .body(Map.of("to", "IN_PROGRESS"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    as(base, "sari")
        .body(Map.of("body", "Which tray?", "visibility", "PUBLIC"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("body", "Fuser is worn out", "visibility", "INTERNAL"))
        .post("api/tickets/" + number + "/comments")
        .then()
        .statusCode(201);
    as(base, "sari")
        .body(Map.of("to", "RESOLVED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200);
    as(base, "rina")
        .body(Map.of("to", "CLOSED"))
        .post("api/tickets/" + number + "/transitions")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    JsonPath staff =
        as(base, "sari").get("api/tickets/" + number).then().statusCode(200).extract().jsonPath();
    List<Map<String, String>> history =
        as(base, "sari")
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .body("next", nullValue())
            .extract()
            .jsonPath()
            .getList("items");
    assertThat(history)
        .extracting(
            h ->
                h.get("field")
                    + ":"
                    + h.get("oldValue")
                    + "->"
                    + h.get("newValue")
                    + "@"
                    + h.get("actor"))
        .as("newest first")
        .containsExactly(
            "status:RESOLVED->CLOSED@rina",
            "status:IN_PROGRESS->RESOLVED@sari",
            "comment:null->INTERNAL@sari",
            "comment:null->PUBLIC@sari",
            "status:ASSIGNED->IN_PROGRESS@sari",
            "status:NEW->ASSIGNED@sari",
            "assignee:null->sari@sari",
            "team:null->workplace@system", // routing on create (rule: category hardware)
            "created:null->" + number + "@rina");
    assertThat(
            as(base, "sari")
                .get("api/tickets/" + number + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.visibility", String.class))
        .containsExactly("INTERNAL", "PUBLIC");
    assertThat(staff.getString("resolvedAt")).isNotNull();
    assertThat(staff.getString("closedAt")).isNotNull();

    assertThat(
            as(base, "rina")
                .get("api/tickets/" + number + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.body", String.class))
        .containsExactly("Which tray?");
    List<String> seenByRequester =
        as(base, "rina")
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.newValue", String.class);
    assertThat(seenByRequester).contains("PUBLIC", "CLOSED").doesNotContain("INTERNAL");
  }

  @Test
  void myTicketsListsOnlyTheCallersTickets() {
    String mine = open(base, "budi", "Need a second monitor");
    open(base, "rina", "Keyboard missing keys");

    List<String> numbers =
        as(base, "budi").get("api/tickets").then().statusCode(200).extract().path("items.number");
    assertThat(numbers).contains(mine).allMatch(n -> ownedBy(n, "budi"));
  }

  private boolean ownedBy(String number, String user) {
    return user.equals(
        as(base, user)
            .get("api/tickets/" + number)
            .then()
            .statusCode(200)
            .extract()
            .path("requester"));
  }
}
