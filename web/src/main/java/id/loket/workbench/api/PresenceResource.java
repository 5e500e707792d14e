package id.loket.workbench.api;

import id.loket.workbench.boundary.Presence;
import id.loket.workbench.boundary.PresenceView;
import id.loket.workbench.entity.PresenceMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
 * Who else has a ticket open (staff): the ticket page beats every ~20 s with PUT; a beat older than
 * the presence window (45 s) no longer counts. Not part of the ticket: no If-Match.
 */
@Path("tickets/{number}/presence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Presence")
public class PresenceResource {

  @Inject Presence presence;

  @PUT
  @Operation(
      operationId = "beatTicketPresence",
      summary = "The caller is on the ticket (VIEWING or EDITING); answers who else is")
  @APIResponse(
      responseCode = "200",
      description = "The others on the ticket",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PresenceList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public List<PresenceView> beat(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @RequestBody(
              required = true,
              description = "What the caller is doing",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "PresenceBeat")))
          PresenceBeat request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return presence.beat(number, request.mode());
  }

  @GET
  @Operation(operationId = "listTicketPresence", summary = "Who else is on the ticket now")
  @APIResponse(
      responseCode = "200",
      description = "The others on the ticket",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PresenceList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<PresenceView> here(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number) {
    return presence.here(number);
  }

  @DELETE
  @Operation(operationId = "leaveTicketPresence", summary = "The caller left the ticket")
  @APIResponse(responseCode = "204", description = "Gone")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response leave(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number) {
    presence.leave(number);
    return Response.noContent().build();
  }

  /** {@code {"mode": "EDITING"}}; VIEWING when absent. */
  public static class PresenceBeat {
    private PresenceMode mode;

    public PresenceMode getMode() {
      return mode;
    }

    public void setMode(PresenceMode mode) {
      this.mode = mode;
    }

    PresenceMode mode() {
      return mode == null ? PresenceMode.VIEWING : mode;
    }
  }
}
