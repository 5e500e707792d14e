package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA preview over HTTP: an administrator's calendar, target and pauses give the due instant
 * and the ledger; a clock still paused has none; every bad field is named in one 422; other roles
 * are refused.
 */
@ExtendWith(ArquillianExtension.class)
class SlaPreviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  /** Jakarta office hours, Christmas off. */
  static final String CALENDAR =
      """
      {"zone": "Asia/Jakarta",
       "week": {"MONDAY": [["08:00","12:00"],["13:00","17:00"]],
                "TUESDAY": [["08:00","12:00"],["13:00","17:00"]],
                "WEDNESDAY": [["08:00","12:00"],["13:00","17:00"]],
                "THURSDAY": [["08:00","12:00"],["13:00","17:00"]],
                "FRIDAY": [["08:00","12:00"],["13:00","17:00"]]},
       "holidays": ["2026-12-25", {"date": "2026-12-24", "hours": [["08:00","12:00"]]}]}
      """;

  @Test
  void fourWorkingHoursFromFridayAfternoonWithAPauseAreDueOnMondayWithTheLedger() {
    // Friday 20 Nov 2026 11:00 WIB = 04:00Z; waiting 14:00–Monday 09:00 WIB.
    String request =
        """
        {"calendar": %s, "targetMinutes": 240, "start": "2026-11-20T04:00:00Z",
         "pauses": [{"from": "2026-11-20T07:00:00Z", "to": "2026-11-23T02:00:00Z"}]}
        """
            .formatted(CALENDAR);
    as(base, "admin")
        .body(request)
        .post("api/admin/sla/preview")
        .then()
        .statusCode(200)
        .body("due", equalTo("2026-11-23T04:00:00Z")) // Monday 11:00 WIB
        .body("zone", equalTo("Asia/Jakarta"))
        .body("paused", equalTo(false))
        .body("ledger.kind", contains("RUNNING", "OUTSIDE_HOURS", "RUNNING", "PAUSED", "RUNNING"))
        .body("ledger.usedMinutes", contains(60, 60, 120, 120, 240));
  }

  @Test
  void aClockStillPausedHasNoDueInstant() {
    String request =
        """
        {"calendar": {"zone": "Europe/Berlin", "twentyFourSeven": true}, "targetMinutes": 600,
         "start": "2026-10-24T22:00:00Z",
         "pauses": [{"from": "2026-10-25T01:00:00Z", "to": null}]}
        """;
    as(base, "admin")
        .body(request)
        .post("api/admin/sla/preview")
        .then()
        .statusCode(200)
        .body("$", hasKey("due"))
        .body("due", nullValue())
        .body("paused", equalTo(true))
        .body("ledger.kind", contains("RUNNING", "PAUSED"));
  }

  @Test
  void everyBadFieldIsNamedInOneProblem() {
    String request =
        """
        {"calendar": {"zone": "Asia/Jakart", "week": {"MONDAY": [["08:00","07:00"]], "FUNDAY": []}},
         "targetMinutes": 0, "start": "yesterday",
         "pauses": [{"from": "2026-11-20T07:00:00Z", "to": "2026-11-20T06:00:00Z"}]}
        """;
    as(base, "admin")
        .body(request)
        .post("api/admin/sla/preview")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            hasItems(
                "calendar.zone",
                "calendar.week.MONDAY[0]",
                "calendar.week.FUNDAY",
                "targetMinutes",
                "start",
                "pauses[0].to"));
  }

  @Test
  void onlyAdministratorsPreview() {
    String request =
        """
        {"calendar": {"zone": "UTC", "twentyFourSeven": true}, "targetMinutes": 60,
         "start": "2026-11-20T04:00:00Z"}
        """;
    as(base, "sari").body(request).post("api/admin/sla/preview").then().statusCode(403);
    as(base, "maya").body(request).post("api/admin/sla/preview").then().statusCode(403);
  }

  @Test
  void aStoredCalendarIsPreviewedByIdAndChangedOnlyWithItsVersion() {
    String code = "it-cal-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String draft = "{\"name\": \"IT office\", \"calendar\": %s}".formatted(CALENDAR);
    io.restassured.path.json.JsonPath created =
        as(base, "admin")
            .body(draft)
            .put("api/admin/sla/calendars/" + code)
            .then()
            .statusCode(200)
            .body("code", equalTo(code))
            .body("calendar.zone", equalTo("Asia/Jakarta"))
            .extract()
            .jsonPath();
    long id = created.getLong("id");
    long version = created.getLong("version");
    // the same clock as the inline preview above, by the stored calendar's id
    as(base, "admin")
        .body(
            """
            {"calendarId": %d, "targetMinutes": 240, "start": "2026-11-20T04:00:00Z",
             "pauses": [{"from": "2026-11-20T07:00:00Z", "to": "2026-11-23T02:00:00Z"}]}
            """
                .formatted(id))
        .post("api/admin/sla/preview")
        .then()
        .statusCode(200)
        .body("due", equalTo("2026-11-23T04:00:00Z"));
    // creating it again is a conflict; a change needs the version read
    as(base, "admin").body(draft).put("api/admin/sla/calendars/" + code).then().statusCode(409);
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body("{\"name\": \"IT office, renamed\", \"calendar\": %s}".formatted(CALENDAR))
        .put("api/admin/sla/calendars/" + code)
        .then()
        .statusCode(200)
        .header("ETag", "\"" + (version + 1) + "\"")
        .body("name", equalTo("IT office, renamed"));
    as(base, "admin")
        .header("If-Match", "\"" + version + "\"")
        .body(draft)
        .put("api/admin/sla/calendars/" + code)
        .then()
        .statusCode(412);
    // a stored calendar is checked like a typed one
    as(base, "admin")
        .body(
            "{\"name\": \"Bad\", \"calendar\": {\"zone\": \"Asia/Jakarta\","
                + " \"week\": {\"MONDAY\": [[\"9\"]]}}}")
        .put("api/admin/sla/calendars/" + code + "-bad")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("calendar.week.MONDAY[0]"));
    // managers read, agents do not; an unknown id is named
    as(base, "maya")
        .get("api/admin/sla/calendars")
        .then()
        .statusCode(200)
        .body("code", hasItems("office-jakarta", "round-the-clock", code));
    as(base, "sari").get("api/admin/sla/calendars").then().statusCode(403);
    as(base, "admin")
        .body(
            "{\"calendarId\": 987654321, \"targetMinutes\": 60,"
                + " \"start\": \"2026-11-20T04:00:00Z\"}")
        .post("api/admin/sla/preview")
        .then()
        .statusCode(422)
        .body("violations.field", hasItems("calendarId"));
  }
}
