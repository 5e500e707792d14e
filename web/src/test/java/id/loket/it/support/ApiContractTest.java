package id.loket.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;

/**
 * The contract test can fail: on an undocumented status, a schema mismatch, an accepted bad
 * request.
 */
class ApiContractTest {

  private static final String DOCUMENT =
      """
      openapi: 3.0.3
      info: {title: t, version: "1"}
      servers: [{url: "http://127.0.0.1:8080/loket"}]
      paths:
        /api/things/{id}:
          get:
            operationId: getThing
            parameters:
              - {name: id, in: path, required: true, schema: {type: string, pattern: '^T-[0-9]+$'}}
            responses:
              "200":
                description: the thing
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name]
                      properties: {name: {type: string}, size: {type: string, enum: [S, M]}}
              "400":
                description: malformed
                content:
                  application/problem+json:
                    schema: {type: object, required: [status], properties: {status: {type: integer}}}
              "404":
                description: none
                content:
                  application/problem+json:
                    schema:
                      type: object
                      required: [status, code]
                      properties: {status: {type: integer}, code: {type: string}}
      """;

  private final OpenApiInteractionValidator validator =
      ApiContract.validatorFor(DOCUMENT, "/loket");

  @Test
  void documentedAnswerPasses() {
    assertThat(
            ApiContract.check(validator, get("T-1"), json(200, "{\"name\":\"a\",\"size\":\"M\"}")))
        .isEmpty();
    assertThat(
            ApiContract.check(
                validator, get("T-2"), problem(404, "{\"status\":404,\"code\":\"x\"}")))
        .isEmpty();
  }

  @Test
  void undocumentedStatusFails() {
    assertThat(
            ApiContract.check(
                validator, get("T-1"), problem(409, "{\"status\":409,\"code\":\"x\"}")))
        .anyMatch(p -> p.startsWith("validation.response.status.unknown"));
  }

  @Test
  void bodyNotMatchingTheSchemaFails() {
    assertThat(ApiContract.check(validator, get("T-1"), json(200, "{\"size\":\"XL\"}")))
        .anyMatch(p -> p.contains("required"))
        .anyMatch(p -> p.contains("enum"));
    assertThat(ApiContract.check(validator, get("T-3"), problem(404, "{\"status\":404}")))
        .anyMatch(p -> p.contains("code"));
  }

  @Test
  void aRequestOutsideTheDocumentIsExpectedWhenRefusedAndAFailureWhenAccepted() {
    Request mistyped = get("nonsense");
    assertThat(
            ApiContract.check(validator, mistyped, problem(404, "{\"status\":404,\"code\":\"x\"}")))
        .as("refused: only the answer is checked")
        .isEmpty();
    assertThat(ApiContract.check(validator, mistyped, json(200, "{\"name\":\"a\"}")))
        .as("accepted: the document refuses what the API does")
        .anyMatch(p -> p.startsWith("validation.request.parameter.schema.pattern"));
  }

  @Test
  void unknownOperationMayOnlyBe404Or405Problem() {
    Request delete = new SimpleRequest.Builder("DELETE", "/loket/api/things/T-1").build();
    assertThat(
            ApiContract.check(validator, delete, problem(405, "{\"status\":405,\"code\":\"x\"}")))
        .isEmpty();
    assertThat(ApiContract.check(validator, delete, json(200, "{}"))).hasSize(1);
    assertThat(ApiContract.check(validator, delete, json(405, "<html/>"))).hasSize(1);
  }

  @Test
  void anEmptyAnswerIsExcusedOnlyForAListenerRefusalWithADocumentedStatus() {
    assertThat(ApiContract.check(validator, get("T-1"), SimpleResponse.Builder.status(400).build()))
        .isEmpty();
    assertThat(ApiContract.check(validator, get("T-1"), SimpleResponse.Builder.status(200).build()))
        .anyMatch(p -> p.startsWith("validation.response.body.missing"));
    assertThat(ApiContract.check(validator, get("T-1"), SimpleResponse.Builder.status(431).build()))
        .anyMatch(p -> p.startsWith("validation.response.status.unknown"));
  }

  private static Request get(String id) {
    return SimpleRequest.Builder.get("/loket/api/things/" + id).build();
  }

  private static com.atlassian.oai.validator.model.Response json(int status, String body) {
    return SimpleResponse.Builder.status(status)
        .withContentType("application/json")
        .withBody(body)
        .build();
  }

  private static com.atlassian.oai.validator.model.Response problem(int status, String body) {
    return SimpleResponse.Builder.status(status)
        .withContentType("application/problem+json;charset=UTF-8")
        .withBody(body)
        .build();
  }
}
