package id.loket.followup.api;

import id.loket.followup.boundary.FollowUp;
import id.loket.followup.boundary.ReasonRequest;
import id.loket.platform.web.IfMatch;
import id.loket.ticket.boundary.TicketDetails;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/** The requester reopens a resolved ticket; the reason becomes a public reply. */
@Path("tickets/{number}/reopen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reopening")
public class TicketReopenResource {

  @Inject FollowUp followUp;

  @POST
  @Operation(
      operationId = "reopenTicket",
      summary = "Reopens a resolved ticket with a reason (requester only)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket, reopened",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response reopen(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The ticket version the call is based on, e.g. \"7\"")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ReasonRequest")))
          ReasonRequest request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    TicketDetails ticket = followUp.reopen(number, request, IfMatch.version(ifMatch));
    return Response.ok(ticket).tag(IfMatch.tag(ticket.version())).build();
  }
}
