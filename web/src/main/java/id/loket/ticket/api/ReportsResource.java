package id.loket.ticket.api;

import id.loket.platform.web.IfMatch;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketReport;
import id.loket.ticket.boundary.Watchers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
 * "Add my report to this ticket": the caller's report becomes a public reply on an existing open
 * ticket that the duplicate guard showed them, and the caller its watcher.
 */
@Path("tickets/{number}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports to existing tickets")
public class ReportsResource {

  @Inject Watchers watchers;

  @POST
  @Operation(
      operationId = "addReportToTicket",
      summary = "Adds the caller's report to a similar open ticket instead of opening a new one")
  @APIResponse(
      responseCode = "201",
      description = "The ticket, with the report added as a reply",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response add(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @RequestBody(
              required = true,
              description = "The report and the category chosen",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TicketReport")))
          TicketReport report) {
    if (report == null) {
      throw new BadRequestException("A JSON body is required");
    }
    TicketDetails ticket = watchers.join(number, report);
    return Response.status(Response.Status.CREATED)
        .tag(IfMatch.tag(ticket.version()))
        .entity(ticket)
        .build();
  }
}
