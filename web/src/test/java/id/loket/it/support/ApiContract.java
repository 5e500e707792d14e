package id.loket.it.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contract test: every call an integration test makes to {@code /api/**} is checked against the
 * OpenAPI document that the running server publishes ({@code <server>/openapi}, fetched as JSON
 * once per server and application). Installed for every IT by {@link ApiContractSession}; a
 * mismatch fails the test with an {@link AssertionError} listing what did not match.
 *
 * <p>What is checked:
 *
 * <ul>
 *   <li>the <b>response</b>, always: its status code must be documented for the operation, and its
 *       headers and body must match what the document says for that code (e.g. a 422 must be
 *       problem+json with the Problem schema);
 *   <li>the <b>request</b>, when the server accepted it (status below 400): a request the server
 *       carries out must be one the document allows, or the document refuses what the API accepts.
 *       A request the server refused (4xx, 5xx) is often wrong on purpose (malformed JSON, a wrong
 *       content type, an unknown enum value, no credentials); its violations of the document are
 *       expected, so only its response is checked;
 *   <li>an empty 400/413/431 is the HTTP listener refusing before the application (an over-long
 *       header, an oversized body): its status must be documented, its missing body is excused;
 *   <li>a path or method the document does not have (a mistyped path, {@code DELETE /api/tickets})
 *       may only be answered 404 or 405 with a problem+json body.
 * </ul>
 *
 * <p>Not checked: anything outside {@code /api/} (pages, {@code /health}, {@code /openapi}), and
 * the test-only probe resources under {@code /api/it-probe/} and {@code /api/it-accounts/}, which
 * are not part of the API.
 */
public final class ApiContract implements OrderedFilter {

  /** The one instance {@link ApiContractSession} installs for all REST Assured calls. */
  public static final ApiContract FILTER = new ApiContract();

  private static final String API = "/api/";
  private static final List<String> PROBES = List.of("/api/it-probe/", "/api/it-accounts/");
  private static final Set<Integer> UNKNOWN_OPERATION_ANSWERS = Set.of(401, 404, 405, 429, 503);
  private static final Set<String> UNKNOWN_OPERATION =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AtomicInteger checked = new AtomicInteger();
  private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ApiContract() {}

  /** How many API calls were checked in this JVM so far. */
  public int checked() {
    return checked.get();
  }

  @Override
  public int getOrder() {
    // Last before the wire: sees the request with every header other filters (auth) added.
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext ctx) {
    Response response = ctx.next(request, responseSpec);
    URI uri = URI.create(request.getURI());
    String path = uri.getRawPath();
    int api = path.indexOf(API);
    if (api < 0
        || PROBES.stream().anyMatch(probe -> path.startsWith(probe, api))
        || "OPTIONS".equals(request.getMethod())) {
      return response;
    }
    String contextRoot = path.substring(0, api);
    OpenApiInteractionValidator validator =
        validators.computeIfAbsent(
            uri.getScheme() + "://" + uri.getRawAuthority() + contextRoot,
            key -> load(uri.resolve("/openapi"), contextRoot));
    checked.incrementAndGet();
    List<String> problems = check(validator, toRequest(request, uri), toResponse(response));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The API answered outside its OpenAPI contract: "
              + request.getMethod()
              + " "
              + path
              + " -> "
              + response.getStatusCode()
              + "\n  "
              + String.join("\n  ", problems)
              + "\n  body: "
              + abbreviate(response.getBody().asString()));
    }
    return response;
  }

  /**
   * What in this exchange disagrees with the document (empty if nothing); see the class comment for
   * which parts are checked when.
   */
  public static List<String> check(
      OpenApiInteractionValidator validator,
      Request request,
      com.atlassian.oai.validator.model.Response response) {
    int status = response.getStatus();
    ValidationReport requestReport = validator.validateRequest(request);
    List<String> problems = new ArrayList<>();
    boolean unknownOperation =
        requestReport.getMessages().stream().anyMatch(m -> UNKNOWN_OPERATION.contains(m.getKey()));
    if (unknownOperation) {
      String type = response.getHeaderValue("Content-Type").orElse("");
      if (!UNKNOWN_OPERATION_ANSWERS.contains(status)
          || !type.startsWith("application/problem+json")) {
        problems.add(
            "an operation the document does not have must be answered 404 or 405 (or 401, 429"
                + " before that) with application/problem+json, not "
                + status
                + " "
                + type);
      }
      return problems;
    }
    if (status == 204) {
      // No content was negotiated: an Accept the operation's problem answers do not list is moot.
      requestReport =
          ValidationReport.from(
              requestReport.getMessages().stream()
                  .filter(m -> !m.getKey().equals("validation.request.accept.notAllowed"))
                  .toList());
    }
    if (status < 400) {
      errors(requestReport, problems);
    }
    ValidationReport responseReport =
        validator.validateResponse(request.getPath(), request.getMethod(), response);
    if (refusedByListener(response)) {
      responseReport =
          ValidationReport.from(
              responseReport.getMessages().stream()
                  .filter(m -> !m.getKey().equals("validation.response.body.missing"))
                  .toList());
    }
    errors(responseReport, problems);
    return problems;
  }

  /**
   * Builds the validator for the document a server publishes, for one context root. Payara adds a
   * top-level {@code endpoints} member of its own (the paths per application) that OpenAPI 3.0 does
   * not have and the parser refuses; it is dropped, everything else must parse without a message.
   */
  public static OpenApiInteractionValidator validatorFor(String document, String contextRoot) {
    String standard = document;
    if (document.stripLeading().startsWith("{")) {
      try {
        ObjectNode tree = (ObjectNode) JSON.readTree(document);
        tree.remove("endpoints");
        standard = JSON.writeValueAsString(tree);
      } catch (IOException e) {
        throw new AssertionError("The OpenAPI document is not JSON", e);
      }
    }
    return OpenApiInteractionValidator.createForInlineApiSpecification(standard)
        .withBasePathOverride(contextRoot.isEmpty() ? "/" : contextRoot)
        .build();
  }

  /**
   * The HTTP listener itself refuses some requests before the application sees them (e.g. a header
   * line over its limit: 400, or a body over the size limit: 413) with an empty body that the
   * application cannot shape. The status must still be documented; only the missing body is
   * excused.
   */
  private static boolean refusedByListener(com.atlassian.oai.validator.model.Response response) {
    int status = response.getStatus();
    boolean empty = response.getResponseBody().map(b -> !b.hasBody()).orElse(true);
    return empty && (status == 400 || status == 413 || status == 431);
  }

  private OpenApiInteractionValidator load(URI openapi, String contextRoot) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(openapi)
                  .header("Accept", "application/json")
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new AssertionError(openapi + " answered " + answer.statusCode());
      }
      return validatorFor(answer.body(), contextRoot);
    } catch (IOException e) {
      throw new AssertionError("Cannot read the OpenAPI document at " + openapi, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted reading " + openapi, e);
    }
  }

  private static void errors(ValidationReport report, List<String> into) {
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        into.add(m.getKey() + ": " + m.getMessage());
      }
    }
  }

  private static Request toRequest(FilterableRequestSpecification spec, URI uri) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(spec.getMethod(), uri.getRawPath());
    Object body = spec.getBody();
    if (body instanceof byte[] bytes) {
      b.withBody(bytes);
    } else if (body != null) {
      b.withBody(body.toString());
    }
    spec.getHeaders().forEach(h -> b.withHeader(h.getName(), h.getValue()));
    if (spec.getContentType() != null) {
      b.withContentType(spec.getContentType());
    }
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        b.withQueryParam(decode(name), decode(value));
      }
    }
    return b.build();
  }

  private static com.atlassian.oai.validator.model.Response toResponse(Response response) {
    SimpleResponse.Builder b =
        new SimpleResponse.Builder(response.getStatusCode()).withBody(response.asByteArray());
    response.getHeaders().forEach(h -> b.withHeader(h.getName(), h.getValue()));
    return b.build();
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "…";
  }
}
