package id.loket.sla.api;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
import id.loket.sla.boundary.PolicyDraft;
import id.loket.sla.boundary.PolicyView;
import id.loket.sla.boundary.SlaPolicies;
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
 * SLA policies: administrators create ({@code POST}) and change them ({@code PUT} with {@code
 * If-Match}; switched off with {@code active: false}, never deleted), managers read them. Decided
 * in {@link SlaPolicies}.
 */
@Path("admin/sla/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service level policies")
public class SlaPoliciesResource {

  @Inject SlaPolicies policies;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listSlaPolicies",
      summary = "Every SLA policy, by priority, the general before the narrower, then code")
  @APIResponse(
      responseCode = "200",
      description = "The policies",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaPolicyList")))
  public List<PolicyView> all() {
    return policies.all();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getSlaPolicy", summary = "One SLA policy, its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The policy",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaPolicy")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("code") @Parameter(required = true, description = "The policy's code")
          String code) {
    return answer(Response.ok(), policies.get(code));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createSlaPolicy", summary = "Creates an SLA policy")
  @APIResponse(
      responseCode = "201",
      description = "The new policy",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaPolicy")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "SlaPolicyDraft")))
          PolicyDraft draft) {
    PolicyView saved = policies.create(required(draft));
    return answer(
        Response.created(
            Links.api(
                config.publicBaseUrl(), uri.getBaseUri(), "admin/sla/policies/" + saved.code())),
        saved);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeSlaPolicy",
      summary = "Changes an SLA policy (not its code) based on the version read")
  @APIResponse(
      responseCode = "200",
      description = "The changed policy",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaPolicy")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response change(
      @PathParam("code") @Parameter(required = true, description = "The policy's code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The version the change is based on, e.g. \"1\"; required (428)")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "SlaPolicyDraft")))
          PolicyDraft draft) {
    long version = IfMatch.required(ifMatch);
    return answer(Response.ok(), policies.update(code, required(draft), version));
  }

  private static PolicyDraft required(PolicyDraft draft) {
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return draft;
  }

  private static Response answer(Response.ResponseBuilder builder, PolicyView view) {
    return builder.entity(view).tag(IfMatch.tag(view.version())).build();
  }
}
