package id.loket.team.api;

import id.loket.platform.web.IfMatch;
import id.loket.team.boundary.MembersDraft;
import id.loket.team.boundary.TeamAdmin;
import id.loket.team.boundary.TeamDraft;
import id.loket.team.boundary.TeamView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * Teams for administrators (create, change) and team leads (the members of the teams they lead).
 * Decided in {@link TeamAdmin}.
 */
@Path("admin/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamsResource {

  @Inject TeamAdmin admin;

  @GET
  @Operation(operationId = "listTeams", summary = "Every team with its members, by code")
  @APIResponse(
      responseCode = "200",
      description = "The teams",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TeamList")))
  public List<TeamView> all() {
    return admin.all();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getTeam", summary = "One team, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The team",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Team")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("code") @Parameter(required = true, description = "The team's code") String code) {
    return answer(admin.team(code));
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "saveTeam",
      summary = "Creates a team (without If-Match) or changes it (with its current version)")
  @APIResponse(
      responseCode = "200",
      description = "The team as saved",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Team")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response save(
      @PathParam("code") @Parameter(required = true, description = "The team's code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The version the change is based on; absent to create")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The team",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TeamDraft")))
          TeamDraft draft) {
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return answer(admin.save(code, draft, IfMatch.version(ifMatch)));
  }

  @PUT
  @Path("{code}/members")
  @Operation(operationId = "setTeamMembers", summary = "Sets the members of a team (all of them)")
  @APIResponse(
      responseCode = "200",
      description = "The team as saved",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Team")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response members(
      @PathParam("code") @Parameter(required = true, description = "The team's code") String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The team's current version, e.g. \"2\"")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The members",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TeamMembersDraft")))
          MembersDraft draft) {
    long version = IfMatch.required(ifMatch);
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return answer(admin.setMembers(code, draft.parsed(), version));
  }

  private static Response answer(TeamView team) {
    return Response.ok(team).tag(IfMatch.tag(team.version())).build();
  }
}
