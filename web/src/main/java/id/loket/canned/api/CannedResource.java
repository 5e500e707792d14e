package id.loket.canned.api;

import id.loket.canned.boundary.CannedData;
import id.loket.canned.boundary.CannedRendering;
import id.loket.canned.boundary.CannedResponses;
import id.loket.canned.boundary.CannedView;
import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Canned responses (staff): the ones the caller may use, keeping them (with the version read), and
 * one filled in for a ticket. Requesters get 404 everywhere.
 */
@Path("canned")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Canned responses")
public class CannedResource {

  @Inject CannedResponses canned;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Operation(
      operationId = "listCannedResponses",
      summary = "The canned responses the caller may use, by title (keyset pages)")
  @APIResponse(
      responseCode = "200",
      description = "One page and the cursor of the next",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CannedPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<CannedView> list(
      @QueryParam("lang") @Parameter(description = "en or id; both when absent") String lang,
      @QueryParam("after") @Parameter(description = "The cursor of the previous page") String after,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many rows (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return canned.usable(lang, after, limit);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getCannedResponse", summary = "One canned response the caller may use")
  @APIResponse(
      responseCode = "200",
      description = "The response",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CannedResponse")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id) {
    return answer(Response.ok(), canned.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createCannedResponse", summary = "Writes a team or personal response")
  @APIResponse(
      responseCode = "201",
      description = "The new response",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CannedResponse")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "CannedData")))
          CannedData data) {
    CannedView saved = canned.create(required(data));
    return answer(
        Response.created(
            Links.api(config.publicBaseUrl(), uri.getBaseUri(), "canned/" + saved.id())),
        saved);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeCannedResponse",
      summary = "Changes language, title and body (scope and team stay)")
  @APIResponse(
      responseCode = "200",
      description = "The changed response",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CannedResponse")),
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
                      schema = @Schema(ref = "CannedData")))
          CannedData data) {
    long version = IfMatch.required(ifMatch);
    return answer(Response.ok(), canned.change(id, required(data), version));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteCannedResponse", summary = "Deletes a canned response")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response delete(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The current version, e.g. \"1\"")
          String ifMatch) {
    canned.delete(id, IfMatch.required(ifMatch));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/rendering")
  @Operation(
      operationId = "renderCannedResponse",
      summary = "The response filled in for a ticket the caller may see")
  @APIResponse(
      responseCode = "200",
      description = "The filled text",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "CannedRendering")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public CannedRendering render(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id,
      @QueryParam("ticket")
          @Parameter(required = true, description = "The ticket number, e.g. LKT-2026-000042-6")
          String ticket) {
    if (ticket == null || ticket.isBlank()) {
      throw new BadRequestException("ticket is required");
    }
    return canned.render(id, ticket);
  }

  private static CannedData required(CannedData data) {
    if (data == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return data;
  }

  private static Response answer(Response.ResponseBuilder builder, CannedView view) {
    return builder.entity(view).tag(IfMatch.tag(view.version())).build();
  }
}
