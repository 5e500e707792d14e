package id.loket.it;

import static id.loket.it.LoketDeployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The OpenAPI document as the server publishes it: complete (every operation named, every answer
 * described with a schema), served as JSON and YAML; and the edge around it: no WADL, no framework
 * version in OPTIONS, a 405 that says what is allowed. (Whether the API keeps to the document is
 * checked on every call of every IT by {@link id.loket.it.support.ApiContract}.)
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

  private static final String PROBLEM = "application/problem+json";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return LoketDeployment.microWar();
  }

  @ArquillianResource URL base;

  @Test
  void documentIsServedAsJsonAndYaml() throws Exception {
    Response json = RestAssured.given().baseUri(root()).accept("application/json").get("openapi");
    json.then().statusCode(200).contentType(startsWith("application/json"));
    Files.writeString(Path.of("target", "openapi.json"), json.asString());
    Response yaml = RestAssured.given().baseUri(root()).get("openapi");
    yaml.then().statusCode(200);
    // Payara serves YAML as text/plain: its OpenApiResource produces text/plain and
    // application/json only, and answers Accept: application/yaml with 406 (measured on
    // 6.2025.10). The endpoint is Payara's, outside the application.
    assertThat(yaml.contentType()).startsWith("text/plain");
    assertThat(yaml.asString()).startsWith("openapi: 3.").contains("operationId: openTicket");
    RestAssured.given()
        .baseUri(root())
        .queryParam("format", "json")
        .get("openapi")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"));
  }

  @Test
  void everyOperationIsNamedAndDescribesEveryAnswer() throws Exception {
    JsonPath doc =
        RestAssured.given()
            .baseUri(root())
            .accept("application/json")
            .get("openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    List<String> ids = new ArrayList<>();
    List<String> incomplete = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, op) -> {
                  if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    return;
                  }
                  String where = method.toUpperCase() + " " + path;
                  ids.add((String) op.get("operationId"));
                  assertThat(op.get("summary")).as(where).isNotNull();
                  @SuppressWarnings("unchecked")
                  Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                  if (responses.containsKey("default")
                      || !responses
                          .keySet()
                          .containsAll(List.of("401", "403", "429", "500", "503"))) {
                    incomplete.add(where + " " + responses.keySet());
                  }
                  if (method.equals("post")
                      && !path.contains("retry")
                      && !responses.keySet().containsAll(List.of("400", "415", "422"))) {
                    incomplete.add(where + " (a write) " + responses.keySet());
                  }
                }));
    assertThat(ids)
        .as("operationIds")
        .doesNotContainNull()
        .doesNotHaveDuplicates()
        .contains(
            "openTicket",
            "listMyTickets",
            "getTicket",
            "listComments",
            "addComment",
            "listHistory",
            "transitionTicket",
            "listMyNotifications",
            "getMessagingStatus",
            "listDeadLetters",
            "retryDeadLetter");
    assertThat(incomplete).as("operations with missing answers").isEmpty();
    assertThat(doc.getList("components.schemas.NewTicket.required"))
        .contains("title", "description", "impact", "urgency");
    assertThat(doc.getList("components.schemas.Impact.enum"))
        .containsExactly("HIGH", "MEDIUM", "LOW");
    assertThat(doc.getString("components.schemas.TicketNumber.pattern")).startsWith("^LKT-");
    // An inline @Schema in an annotation comes out with every default written (maxProperties: 0,
    // exclusiveMaximum without maximum), which JSON Schema refuses: parameters refer to schemas.
    assertThat(doc.prettify()).doesNotContain("maxProperties").doesNotContain("exclusiveMaximum");
    assertThat(
            doc.getString(
                "paths.'/api/tickets'.post.responses.'201'.content.'application/json'.schema.$ref"))
        .isEqualTo("#/components/schemas/Ticket");
  }

  @Test
  void noWadlAndNoFrameworkVersion() {
    Response wadl = as(base, "rina").accept("*/*").get("api/application.wadl");
    assertThat(wadl.statusCode()).isEqualTo(404);
    assertThat(wadl.asString()).doesNotContainIgnoringCase("jersey");
    Response options = as(base, "rina").accept("*/*").options("api/tickets");
    assertThat(options.statusCode()).isLessThan(300);
    assertThat(options.getHeader("Allow")).contains("GET").contains("POST");
    assertThat(options.asString()).doesNotContainIgnoringCase("jersey");
    assertThat(options.getHeaders().toString()).doesNotContainIgnoringCase("jersey");
  }

  @Test
  void methodNotAllowedSaysWhatIs() {
    Response r = as(base, "rina").delete("api/tickets");
    r.then().statusCode(405).contentType(startsWith(PROBLEM)).body("status", equalTo(405));
    assertThat(r.getHeader("Allow")).contains("GET").contains("POST").doesNotContain("DELETE");
  }

  private String root() throws Exception {
    return new URL(base, "/").toString();
  }
}
