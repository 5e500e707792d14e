package id.loket.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the real Payara Micro archive the build produced (not a
 * hand-picked set of classes), plus helpers to call its API as the demo users.
 */
public final class LoketDeployment {

  public static final String PASSWORD = "demo2026";

  private LoketDeployment() {}

  public static WebArchive microWar() {
    File war = new File(System.getProperty("loket.war", "target/loket-web-micro.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** A request to {@code base} signed in (HTTP Basic) as one of the demo users. */
  public static RequestSpecification as(URL base, String user) {
    return RestAssured.given()
        .baseUri(base.toString())
        .auth()
        .preemptive()
        .basic(user, PASSWORD)
        .accept(ContentType.JSON)
        .contentType(ContentType.JSON);
  }

  public static Map<String, Object> newTicket(String title) {
    return Map.of(
        "title", title,
        "description", "Steps: open the laptop, nothing happens.",
        "category", "hardware",
        "impact", "HIGH",
        "urgency", "MEDIUM");
  }

  /**
   * A raw JSON body for a new ticket, written by hand (so that it can hold what no client library
   * would write): valid fields, with {@code override} — one {@code "field":value} pair — in place
   * of that field's value.
   */
  public static String ticketJson(String override) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", "\"Laptop\"");
    fields.put("description", "\"It does not start\"");
    fields.put("category", "\"hardware\"");
    fields.put("impact", "\"HIGH\"");
    fields.put("urgency", "\"LOW\"");
    String name = override.substring(1, override.indexOf('"', 1));
    fields.put(name, override.substring(override.indexOf(':') + 1));
    StringBuilder json = new StringBuilder("{");
    fields.forEach(
        (k, v) ->
            json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
    return json.append('}').toString();
  }

  /** {@code request} with {@code json} as its body, sent byte for byte. */
  public static RequestSpecification raw(RequestSpecification request, String json) {
    return request
        .contentType("application/json; charset=UTF-8")
        .body(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a ticket as {@code user} and returns its number. */
  public static String open(URL base, String user, String title) {
    return as(base, user)
        .body(newTicket(title))
        .post("api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("number");
  }
}
