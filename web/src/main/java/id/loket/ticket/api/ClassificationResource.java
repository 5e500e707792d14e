package id.loket.ticket.api;

import id.loket.platform.web.IfMatch;
import id.loket.ticket.boundary.Classification;
import id.loket.ticket.boundary.Reassignment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketWorkbench;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
 * Staff edits of the workbench: re-classify (impact × urgency → priority, category) and re-assign
 * with a reason. Both need the version they are based on as {@code If-Match} (428 without, 412 when
 * stale).
 */
@Path("tickets/{number}/workbench")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket workbench")
public class ClassificationResource {

  @Inject TicketWorkbench tickets;

  @PUT
  @Path("classification")
  @Operation(
      operationId = "reclassifyTicket",
      summary =
          "Re-assesses impact, urgency (the priority follows), category and request type (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket, re-classified",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response reclassify(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The version the change is based on, e.g. \"7\"; required (428)")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "Impact, urgency, category and (optionally) request type",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "Classification")))
          Classification request) {
    TicketDetails updated =
        tickets.reclassify(number, required(request), IfMatch.required(ifMatch));
    return Response.ok(updated).tag(IfMatch.tag(updated.version())).build();
  }

  @POST
  @Path("assignment")
  @Operation(
      operationId = "reassignTicket",
      summary = "Hands the ticket to a member of staff, with an optional reason (an internal note)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket, assigned",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response reassign(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The version the change is based on, e.g. \"7\"; required (428)")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The new assignee and why",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "Reassignment")))
          Reassignment request) {
    TicketDetails updated = tickets.reassign(number, required(request), IfMatch.required(ifMatch));
    return Response.ok(updated).tag(IfMatch.tag(updated.version())).build();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
