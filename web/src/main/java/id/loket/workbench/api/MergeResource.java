package id.loket.workbench.api;

import id.loket.platform.web.IfMatch;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.workbench.boundary.MergeRequest;
import id.loket.workbench.boundary.Merging;
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

/**
 * Merging a duplicate into its primary (staff). The duplicate's version is required as {@code
 * If-Match} (428 without, 412 when stale): a merge closes the ticket, so it must not be based on an
 * old view of it.
 */
@Path("tickets/{number}/merge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Merge")
public class MergeResource {

  @Inject Merging merging;

  @POST
  @Operation(
      operationId = "mergeTicket",
      summary =
          "Merges this ticket (a duplicate) into another: conversation, attachments and watchers"
              + " move, the duplicate is closed with a pointer, both requesters are told")
  @APIResponse(
      responseCode = "200",
      description = "The duplicate, closed",
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
  public Response merge(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description =
                  "The duplicate's version the merge is based on, e.g. \"7\"; required (428)")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The primary to merge into",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "MergeRequest")))
          MergeRequest request) {
    long version = IfMatch.required(ifMatch);
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    TicketDetails closed = merging.merge(number, request, version);
    return Response.ok(closed).tag(IfMatch.tag(closed.version())).build();
  }
}
