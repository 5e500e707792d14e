package id.loket.identity.api;

import id.loket.identity.boundary.ApiTokens;
import id.loket.identity.boundary.CreatedToken;
import id.loket.identity.boundary.NewToken;
import id.loket.identity.boundary.TokenView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal access tokens: list, create (the answer holds the secret, the only time it
 * is shown) and revoke. The same as the profile page, for scripts that provision their own token.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class TokensResource {

  @Inject ApiTokens tokens;

  /** The caller's tokens that are not revoked, newest first (never their secrets). */
  @GET
  @Operation(
      operationId = "listMyTokens",
      summary = "The caller's API tokens that are not revoked, newest first (never their secrets)")
  @APIResponse(
      responseCode = "200",
      description = "The caller's tokens",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenList")))
  public List<TokenView> mine() {
    return tokens.mine();
  }

  /** Makes a token: {@code {"name": "backup script", "days": 30}} → 201 with {@code token}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createToken",
      summary = "Makes an API token for the caller; the answer holds its secret, shown only once")
  @APIResponse(
      responseCode = "201",
      description = "The token, with its secret",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreatedToken")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(
      @RequestBody(
              required = true,
              description = "Name and validity of the new token",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "NewToken")))
          NewToken request) {
    NewToken asked = request == null ? new NewToken() : request;
    CreatedToken created = tokens.create(asked.getName(), asked.getDays());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  /** Revokes one of the caller's tokens: 204; another user's or an unknown id: 404. */
  @DELETE
  @Path("{id}")
  @Operation(operationId = "revokeToken", summary = "Revokes one of the caller's API tokens")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public void revoke(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The id of the token",
              schema = @Schema(ref = "Id"))
          long id) {
    tokens.revoke(id);
  }
}
