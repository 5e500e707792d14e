package id.loket.guard.api;

import id.loket.guard.boundary.SecretCheck;
import id.loket.guard.boundary.SecretGuard;
import id.loket.guard.boundary.TextToCheck;
import id.loket.identity.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Checks a text for secrets before it is sent, so that a client (the ticket pages, later the mail
 * channel) can warn its writer. Stores nothing and logs nothing; whatever is sent afterwards is
 * masked by the ticket feature in any case.
 */
@Path("guard/secrets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Secret guard")
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class SecretsResource {

  @Inject SecretGuard guard;

  @POST
  @Operation(
      operationId = "checkSecrets",
      summary = "Finds passwords, PINs, card numbers, IBANs and keys in a text; shows it masked")
  @APIResponse(
      responseCode = "200",
      description = "What was found and the text as it would be stored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SecretCheck")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public SecretCheck check(
      @RequestBody(
              required = true,
              description = "The text",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TextToCheck")))
          TextToCheck request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return guard.check(request);
  }
}
