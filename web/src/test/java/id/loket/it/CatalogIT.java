package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import id.loket.it.support.ItDatabase;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service catalog end to end: an administrator defines a request type over the admin API, it is
 * usable at once; values are checked per field, stored typed and queryable with {@code @>}, changes
 * are audited per field; retired types are refused for new tickets; phone intake.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  private static Map<String, Object> localized(String en, String id) {
    return Map.of("en", en, "id", id);
  }

  private static Map<String, Object> typeBody(String nameEn, List<Map<String, Object>> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("category", "travel-change");
    body.put("sortOrder", 90);
    body.put("nameEn", nameEn);
    body.put("nameId", "Jenis uji " + nameEn);
    body.put("descriptionEn", "A type made by a test");
    body.put("descriptionId", "Jenis yang dibuat oleh pengujian");
    body.put("icon", "pi pi-send");
    body.put("defaultImpact", "LOW");
    body.put("defaultUrgency", "HIGH");
    body.put("firstTeam", "travel-desk");
    body.put("form", form);
    return body;
  }

  private static List<Map<String, Object>> airlineForm() {
    Map<String, Object> airline = new LinkedHashMap<>();
    airline.put("key", "airline");
    airline.put("kind", "CHOICE");
    airline.put("label", localized("Airline", "Maskapai"));
    airline.put("help", localized("Which airline", "Maskapai mana"));
    airline.put("required", true);
    airline.put(
        "options",
        List.of(
            Map.of("code", "GA", "label", localized("Garuda Indonesia", "Garuda Indonesia")),
            Map.of("code", "QG", "label", localized("Citilink", "Citilink"))));
    Map<String, Object> seats =
        Map.of(
            "key",
            "seats",
            "kind",
            "NUMBER",
            "label",
            localized("Seats", "Kursi"),
            "required",
            true);
    Map<String, Object> when =
        Map.of("key", "when", "kind", "DATE", "label", localized("Date", "Tanggal"));
    Map<String, Object> extras =
        Map.of(
            "key",
            "extras",
            "kind",
            "MULTI_CHOICE",
            "label",
            localized("Extras", "Tambahan"),
            "options",
            List.of(
                Map.of("code", "bag", "label", localized("Bag", "Bagasi")),
                Map.of("code", "meal", "label", localized("Meal", "Makanan"))));
    Map<String, Object> paid =
        Map.of("key", "paid", "kind", "YES_NO", "label", localized("Paid", "Dibayar"));
    Map<String, Object> traveller =
        Map.of("key", "traveller", "kind", "USER", "label", localized("Traveller", "Pelaku"));
    return List.of(airline, seats, when, extras, paid, traveller);
  }

  private String createType(String code) {
    return as(base, "admin")
        .body(typeBody("Charter " + code, airlineForm()))
        .put("api/admin/catalog/types/" + code)
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .extract()
        .header("ETag");
  }

  private static Map<String, Object> ticket(String type, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Charter for the team");
    body.put("description", "Twelve people to Bali");
    body.put("type", type);
    body.put("fields", fields);
    body.put("impact", "LOW");
    body.put("urgency", "HIGH");
    return body;
  }

  @Test
  void adminTypeIsUsableAtOnceStoredTypedQueryableAndAudited() throws Exception {
    createType("it-charter");

    as(base, "rina")
        .header("Accept-Language", "id")
        .get("api/catalog/types/it-charter")
        .then()
        .statusCode(200)
        .body("name", equalTo("Jenis uji Charter it-charter"))
        .body("fields.key", hasItems("airline", "seats", "extras"))
        .body("fields[0].options.label", hasItems("Garuda Indonesia", "Citilink"));
    as(base, "rina")
        .get("api/catalog")
        .then()
        .statusCode(200)
        .body("types.flatten().code", hasItems("it-charter", "schedule-change"));

    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("airline", "GA");
    fields.put("seats", "12");
    fields.put("when", "2026-12-02");
    fields.put("extras", List.of("meal", "bag"));
    fields.put("paid", false);
    fields.put("traveller", "budi");
    JsonPath created =
        as(base, "rina")
            .body(ticket("it-charter", fields))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .body("requestType", equalTo("it-charter"))
            .body("category", equalTo("travel-change"))
            .body("channel", equalTo("API"))
            .body("fields.seats", equalTo(12))
            .body("fields.extras", equalTo(List.of("bag", "meal")))
            .body("fields.paid", equalTo(false))
            .extract()
            .jsonPath();
    String number = created.getString("number");

    try (Connection db = ItDatabase.connection();
        PreparedStatement q =
            db.prepareStatement(
                "SELECT number, jsonb_typeof(fields->'seats'), fields->>'when'"
                    + " FROM ticket WHERE fields @> ?::jsonb")) {
      q.setString(1, "{\"airline\":\"GA\",\"seats\":12}");
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo(number);
        assertThat(rs.getString(2)).isEqualTo("number");
        assertThat(rs.getString(3)).isEqualTo("2026-12-02");
        assertThat(rs.next()).isFalse();
      }
    }

    Map<String, Object> changed = new LinkedHashMap<>(fields);
    changed.put("airline", "QG");
    changed.put("seats", 14);
    as(base, "sari")
        .body(Map.of("fields", changed))
        .put("api/tickets/" + number + "/fields")
        .then()
        .statusCode(428);
    as(base, "sari")
        .header("If-Match", "\"" + (created.getLong("version") + 5) + "\"")
        .body(Map.of("fields", changed))
        .put("api/tickets/" + number + "/fields")
        .then()
        .statusCode(412);
    as(base, "sari")
        .header("If-Match", "\"" + created.getLong("version") + "\"")
        .body(Map.of("fields", changed))
        .put("api/tickets/" + number + "/fields")
        .then()
        .statusCode(200)
        .body("fields.airline", equalTo("QG"));
    List<String> history =
        as(base, "rina")
            .get("api/tickets/" + number + "/history")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList(
                "items.collect { it.field + '=' + it.oldValue + '->' + it.newValue + '@' + it.actor }");
    assertThat(history).contains("field:airline=GA->QG@sari", "field:seats=12->14@sari");
    assertThat(history).noneMatch(h -> h.startsWith("field:when"));
  }

  @Test
  void invalidFieldsAre422NamingEachField() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("airline", "XX");
    fields.put("seats", "twelve");
    fields.put("when", "2026-13-45");
    fields.put("traveller", "nobody-here");
    fields.put("bogus", "x");
    as(base, "rina")
        .body(ticket("schedule-change", Map.of("bookingReference", "ABC123")))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .body(
            "violations.field",
            hasItems("fields.originalFlight", "fields.newFlight", "fields.newDate"));
    createType("it-strict");
    as(base, "rina")
        .header("Accept-Language", "id")
        .body(ticket("it-strict", fields))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .body(
            "violations.field",
            hasItems(
                "fields.airline",
                "fields.seats",
                "fields.when",
                "fields.traveller",
                "fields.bogus"))
        .body("violations.message", hasItem("Mohon masukkan angka."));
    as(base, "rina")
        .body(ticket("no-such-type", Map.of()))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("type"));
  }

  @Test
  void retiredTypeIsRefusedButItsTicketsStayReadable() {
    String etag = createType("it-retired");
    Map<String, Object> fields = Map.of("airline", "GA", "seats", 1);
    String number =
        as(base, "rina")
            .body(ticket("it-retired", fields))
            .post("api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .path("number");
    as(base, "admin").post("api/admin/catalog/types/it-retired/retirement").then().statusCode(428);
    as(base, "admin")
        .header("If-Match", etag)
        .post("api/admin/catalog/types/it-retired/retirement")
        .then()
        .statusCode(200)
        .body("retired", equalTo(true));
    as(base, "admin")
        .header("If-Match", etag)
        .body(typeBody("Stale", airlineForm()))
        .put("api/admin/catalog/types/it-retired")
        .then()
        .statusCode(409);
    as(base, "rina")
        .body(ticket("it-retired", fields))
        .post("api/tickets")
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("type"));
    as(base, "rina").get("api/catalog/types/it-retired").then().statusCode(404);
    as(base, "rina")
        .get("api/catalog")
        .then()
        .body("types.flatten().code", not(hasItem("it-retired")));
    as(base, "rina")
        .get("api/tickets/" + number)
        .then()
        .statusCode(200)
        .body("requestType", equalTo("it-retired"))
        .body("fields.airline", equalTo("GA"));
  }

  @Test
  void phoneIntakeBelongsToTheRequesterAndNamesTheAgent() {
    Map<String, Object> body =
        new LinkedHashMap<>(
            ticket(
                "schedule-change",
                Map.of(
                    "bookingReference", "XK9P2Q",
                    "originalFlight", "GA 404, 2 Dec",
                    "newFlight", "GA 408",
                    "newDate", "2026-12-03")));
    body.put("requester", "rina");
    String number =
        as(base, "sari")
            .body(body)
            .post("api/tickets")
            .then()
            .statusCode(201)
            .body("requester", equalTo("rina"))
            .body("channel", equalTo("PHONE"))
            .extract()
            .path("number");
    List<String> mine = as(base, "rina").get("api/tickets").then().extract().path("items.number");
    assertThat(mine).contains(number);
    assertThat(
            as(base, "rina")
                .get("api/tickets/" + number + "/history")
                .then()
                .extract()
                .jsonPath()
                .getList("items.findAll { it.field == 'created' }.actor", String.class))
        .containsExactly("sari");
    body.put("requester", "budi");
    as(base, "rina").body(body).post("api/tickets").then().statusCode(403);
  }

  @Test
  void requesterCannotUseTheAdminApiOrPages() {
    as(base, "rina")
        .body(typeBody("Not mine", airlineForm()))
        .put("api/admin/catalog/types/it-rina")
        .then()
        .statusCode(403);
    int status =
        io.restassured.RestAssured.given()
            .baseUri(base.toString())
            .auth()
            .preemptive()
            .basic("rina", LoketDeployment.PASSWORD)
            .redirects()
            .follow(false)
            .get("admin/catalog.xhtml")
            .statusCode();
    assertThat(status).isIn(302, 303, 403);
  }
}
