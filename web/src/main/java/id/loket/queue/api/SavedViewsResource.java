package id.loket.queue.api;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
import id.loket.queue.boundary.SavedViewData;
import id.loket.queue.boundary.SavedViewInfo;
import id.loket.queue.boundary.SavedViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The caller's saved queue views: list, save, change and delete (with the version read). */
@Path("me/views")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved views")
public class SavedViewsResource {

  @Inject SavedViews views;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @GET
  @Operation(operationId = "listSavedViews", summary = "The caller's saved views, by name")
  @APIResponse(
      responseCode = "200",
      description = "The views (at most 50)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedViewList")))
  public List<SavedViewInfo> mine() {
    return views.mine();
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getSavedView", summary = "One of the caller's saved views")
  @APIResponse(
      responseCode = "200",
      description = "The view",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedView")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("id") @Parameter(required = true, schema = @Schema(ref = "Id")) long id) {
    return answer(Response.ok(), views.get(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createSavedView", summary = "Saves a view under a new name")
  @APIResponse(
      responseCode = "201",
      description = "The saved view",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedView")),
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
                      schema = @Schema(ref = "SavedViewData")))
          SavedViewData data) {
    SavedViewInfo saved = views.create(required(data));
    return answer(
        Response.created(
            Links.api(config.publicBaseUrl(), uri.getBaseUri(), "me/views/" + saved.id())),
        saved);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "changeSavedView", summary = "Renames or redefines a saved view")
  @APIResponse(
      responseCode = "200",
      description = "The changed view",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SavedView")),
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
                      schema = @Schema(ref = "SavedViewData")))
          SavedViewData data) {
    long version = IfMatch.required(ifMatch);
    return answer(Response.ok(), views.change(id, required(data), version));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteSavedView", summary = "Deletes a saved view")
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
    views.delete(id, IfMatch.required(ifMatch));
    return Response.noContent().build();
  }

  private static SavedViewData required(SavedViewData data) {
    if (data == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return data;
  }

  private static Response answer(Response.ResponseBuilder builder, SavedViewInfo view) {
    return builder.entity(view).tag(IfMatch.tag(view.version())).build();
  }
}
