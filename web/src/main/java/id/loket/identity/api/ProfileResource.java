package id.loket.identity.api;

import id.loket.identity.boundary.PasswordChange;
import id.loket.identity.boundary.ProfileChange;
import id.loket.identity.boundary.ProfileView;
import id.loket.identity.boundary.Profiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own profile (e-mail, language, time zone; changed with the version read) and
 * password (changed with the current one; other sessions and cached passwords end).
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profile")
public class ProfileResource {

  @Inject Profiles profiles;

  @GET
  @Operation(operationId = "getMyProfile", summary = "The caller's profile")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Profile")))
  public ProfileView mine() {
    return profiles.mine();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMyProfile",
      summary = "Changes the caller's e-mail, language and time zone (with the version read)")
  @APIResponse(
      responseCode = "200",
      description = "The changed profile",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Profile")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public ProfileView update(
      @RequestBody(
              required = true,
              description = "The settings, and the version they are based on",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ProfileChange")))
          ProfileChange change) {
    return profiles.update(required(change));
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMyPassword",
      summary = "Replaces the caller's password; the caller's other sessions end")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response changePassword(
      @RequestBody(
              required = true,
              description = "The current and the new password",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PasswordChange")))
          PasswordChange change) {
    profiles.changePassword(required(change));
    return Response.noContent().build();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
