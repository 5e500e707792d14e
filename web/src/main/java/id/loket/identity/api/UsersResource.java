package id.loket.identity.api;

import id.loket.identity.boundary.DirectoryAdmin;
import id.loket.identity.boundary.DirectoryEntry;
import id.loket.identity.boundary.PlacementDraft;
import id.loket.platform.web.IfMatch;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The directory for administrators: users found by part of their name, and their department and
 * location, which routing rules look at. Who may is decided in {@link DirectoryAdmin}.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class UsersResource {

  @Inject DirectoryAdmin directory;

  @GET
  @Operation(
      operationId = "listUsers",
      summary = "Users by user name, searched by part of the user name or display name")
  @APIResponse(
      responseCode = "200",
      description = "One page of users",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DirectoryPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Page<DirectoryEntry> list(
      @QueryParam("q")
          @Parameter(description = "Part of the user name or display name (ignoring case), ≤ 100")
          String q,
      @QueryParam("after") @Parameter(description = "The next of the previous page (a user name)")
          String after,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return directory.users(q, after, limit);
  }

  @GET
  @Path("{username}")
  @Operation(operationId = "getUser", summary = "A user's department and location")
  @APIResponse(
      responseCode = "200",
      description = "The user",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DirectoryEntry")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("username") @Parameter(required = true, description = "The user name")
          String username) {
    return answer(directory.user(username));
  }

  @PUT
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "placeUser",
      summary = "Sets a user's department and location (both; absent or null: unknown)")
  @APIResponse(
      responseCode = "200",
      description = "The user as saved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DirectoryEntry")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response place(
      @PathParam("username") @Parameter(required = true, description = "The user name")
          String username,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The user's current version, e.g. \"3\"")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The department and location afterwards",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PlacementDraft")))
          PlacementDraft draft) {
    long version = IfMatch.required(ifMatch);
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return answer(directory.place(username, draft, version));
  }

  private static Response answer(DirectoryEntry user) {
    return Response.ok(user).tag(IfMatch.tag(user.version())).build();
  }
}
