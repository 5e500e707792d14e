package id.loket.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.URL;
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
