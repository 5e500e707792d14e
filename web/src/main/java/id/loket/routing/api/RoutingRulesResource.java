package id.loket.routing.api;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
import id.loket.routing.boundary.RoutingRules;
import id.loket.routing.boundary.RuleDraft;
import id.loket.routing.boundary.RuleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The routing table for administrators (team leads and managers may read it): list, add, change
 * (If-Match required) and retire rules. Decided in {@link RoutingRules}.
 */
@Path("admin/routing-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules")
public class RoutingRulesResource {

  @Inject RoutingRules rules;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listRoutingRules", summary = "The routing table in order")
  @APIResponse(
      responseCode = "200",
      description = "Active rules by position, then retired ones",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "RoutingRuleList")))
  public List<RuleView> all() {
    return rules.all();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getRoutingRule", summary = "One routing rule, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The rule",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRule")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("id")
          @Parameter(required = true, description = "The rule's id", schema = @Schema(ref = "Id"))
          long id) {
    return answer(rules.rule(id));
  }

  @POST
  @Operation(operationId = "createRoutingRule", summary = "Adds a rule to the routing table")
  @APIResponse(
      responseCode = "201",
      description = "The rule, added",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRule")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @RequestBody(
              required = true,
              description = "The rule",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "RoutingRuleDraft")))
          RuleDraft draft) {
    RuleView saved = rules.create(required(draft));
    return Response.created(
            Links.api(
                config.publicBaseUrl(), uri.getBaseUri(), "admin/routing-rules/" + saved.id()))
        .tag(IfMatch.tag(saved.version()))
        .entity(saved)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateRoutingRule",
      summary = "Changes a rule (its position too: that moves it)")
  @APIResponse(
      responseCode = "200",
      description = "The rule as saved",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRule")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(
      @PathParam("id")
          @Parameter(required = true, description = "The rule's id", schema = @Schema(ref = "Id"))
          long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The rule's current version, e.g. \"2\"")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The rule",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "RoutingRuleDraft")))
          RuleDraft draft) {
    long version = IfMatch.required(ifMatch);
    return answer(rules.update(id, required(draft), version));
  }

  @POST
  @Path("{id}/retirement")
  @Operation(operationId = "retireRoutingRule", summary = "Retires a rule")
  @APIResponse(
      responseCode = "200",
      description = "The rule, retired",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RoutingRule")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response retire(
      @PathParam("id")
          @Parameter(required = true, description = "The rule's id", schema = @Schema(ref = "Id"))
          long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The rule's current version, e.g. \"2\"")
          String ifMatch) {
    return answer(rules.retire(id, IfMatch.required(ifMatch)));
  }

  private static RuleDraft required(RuleDraft draft) {
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return draft;
  }

  private static Response answer(RuleView rule) {
    return Response.ok(rule).tag(IfMatch.tag(rule.version())).build();
  }
}
