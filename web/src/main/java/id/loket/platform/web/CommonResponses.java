package id.loket.platform.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the OpenAPI document the answers any API call can get before or around
 * its resource — a refused sign-in (401), a role the call does not allow (403), a sign-in delay
 * (429), no free permit to check a password (503) and a fault (500) — so that each resource
 * declares only what is its own. Registered with {@code mp.openapi.filter}.
 */
public class CommonResponses implements OASFilter {

  static final Map<String, String> ANSWERS =
      Map.of(
          "401", "Unauthorized",
          "403", "Forbidden",
          "429", "TooManyRequests",
          "503", "ServiceUnavailable",
          "500", "InternalError");

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
      if (!responses.hasAPIResponse(answer.getKey())) {
        responses.addAPIResponse(
            answer.getKey(), OASFactory.createAPIResponse().ref(answer.getValue()));
      }
    }
    return operation;
  }
}
