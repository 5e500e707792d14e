package id.loket.report.api;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
import id.loket.report.boundary.DigestView;
import id.loket.report.boundary.Digests;
import id.loket.report.boundary.SubscriptionDraft;
import id.loket.report.boundary.SubscriptionView;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * The caller's report digests (team leads, managers, administrators; 403 for anyone else): their
 * subscriptions (subscribe, change with the version read, cancel) and the digests they received.
 */
@Path("report-digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report digests")
public class DigestsResource {

  @Inject Digests digests;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Path("subscriptions")
  @Operation(
      operationId = "listDigestSubscriptions",
      summary = "The caller's active digest subscriptions, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The subscriptions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DigestSubscriptionList")))
  public List<SubscriptionView> subscriptions() {
    return digests.mine();
  }

  @GET
  @Path("subscriptions/{id}")
  @Operation(operationId = "getDigestSubscription", summary = "One of the caller's subscriptions")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DigestSubscription")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response subscription(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id) {
    return answer(Response.ok(), digests.get(id));
  }

  @POST
  @Path("subscriptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "subscribeToDigest",
      summary = "Subscribes the caller to a daily or weekly digest")
  @APIResponse(
      responseCode = "201",
      description = "The new subscription",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DigestSubscription")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response subscribe(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "DigestSubscriptionData")))
          SubscriptionBody body) {
    SubscriptionView saved = digests.subscribe(required(body));
    return answer(
        Response.created(
            Links.api(
                config.publicBaseUrl(),
                uri.getBaseUri(),
                "report-digests/subscriptions/" + saved.id())),
        saved);
  }

  @PUT
  @Path("subscriptions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeDigestSubscription",
      summary = "Changes a subscription read at the version in If-Match")
  @APIResponse(
      responseCode = "200",
      description = "The changed subscription",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DigestSubscription")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response change(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id,
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
                      schema = @Schema(ref = "DigestSubscriptionData")))
          SubscriptionBody body) {
    long version = IfMatch.required(ifMatch);
    return answer(Response.ok(), digests.change(id, required(body), version));
  }

  @DELETE
  @Path("subscriptions/{id}")
  @Operation(operationId = "cancelDigestSubscription", summary = "Cancels a subscription")
  @APIResponse(responseCode = "204", description = "Cancelled")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response cancel(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The current version, e.g. \"1\"")
          String ifMatch) {
    digests.cancel(id, IfMatch.required(ifMatch));
    return Response.noContent().build();
  }

  @GET
  @Operation(
      operationId = "listReportDigests",
      summary = "The digests the caller received, newest first (keyset pages)")
  @APIResponse(
      responseCode = "200",
      description = "One page and the cursor of the next",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DigestPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Page<DigestView> list(
      @QueryParam("after") @Parameter(description = "The cursor of the previous page") String after,
      @QueryParam("limit")
          @DefaultValue("20")
          @Parameter(
              description = "At most this many rows (clamped to 1-100)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return digests.digests(after, limit);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getReportDigest", summary = "One digest the caller received")
  @APIResponse(
      responseCode = "200",
      description = "The digest with its text",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Digest")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public DigestView digest(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id) {
    return digests.digest(id);
  }

  private static SubscriptionDraft required(SubscriptionBody body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body.draft();
  }

  private static Response answer(Response.ResponseBuilder builder, SubscriptionView view) {
    return builder.entity(view).tag(IfMatch.tag(view.version())).build();
  }
}
