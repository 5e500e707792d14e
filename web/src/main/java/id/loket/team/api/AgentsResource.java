package id.loket.team.api;

import id.loket.platform.web.IfMatch;
import id.loket.team.boundary.AgentDraft;
import id.loket.team.boundary.AgentView;
import id.loket.team.boundary.TeamAdmin;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agent's skills, away flag and capacity, for administrators and the leads of the agent's teams
 * (an agent may read their own). Decided in {@link TeamAdmin}.
 */
@Path("admin/agents/{username}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agents")
public class AgentsResource {

  @Inject TeamAdmin admin;

  @GET
  @Operation(operationId = "getAgent", summary = "An agent's skills, away flag and capacity")
  @APIResponse(
      responseCode = "200",
      description = "The agent (version 0: nothing set yet)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agent")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("username") @Parameter(required = true, description = "The agent's user name")
          String username) {
    return answer(admin.agent(username));
  }

  @PUT
  @Operation(
      operationId = "saveAgent",
      summary = "Sets an agent's skills (all of them), away flag and capacity")
  @APIResponse(
      responseCode = "200",
      description = "The agent as saved",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Agent")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response save(
      @PathParam("username") @Parameter(required = true, description = "The agent's user name")
          String username,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The agent's current version (\"0\" before anything was set)")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The agent's settings",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "AgentDraft")))
          AgentDraft draft) {
    long version = IfMatch.required(ifMatch);
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return answer(admin.saveAgent(username, draft, version));
  }

  private static Response answer(AgentView agent) {
    return Response.ok(agent).tag(IfMatch.tag(agent.version())).build();
  }
}
