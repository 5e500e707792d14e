package id.loket.followup.api;

import id.loket.followup.boundary.FollowUp;
import id.loket.followup.boundary.SatisfactionRequest;
import id.loket.followup.boundary.SatisfactionView;
import id.loket.platform.web.IfMatch;
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
 * The requester rates a closed ticket, or closes a resolved one and rates it in one call. (A class
 * of its own with the full path, so that it never shadows the other ticket calls.)
 */
@Path("tickets/{number}/satisfaction")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Satisfaction")
public class TicketSatisfactionResource {

  @Inject FollowUp followUp;

  @POST
  @Operation(
      operationId = "rateTicket",
      summary = "Rates a closed ticket (1-5), closing it first if it is resolved (requester only)")
  @APIResponse(
      responseCode = "201",
      description = "The rating, stored",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Satisfaction")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response rate(
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
                      schema = @Schema(ref = "SatisfactionRequest")))
          SatisfactionRequest request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    SatisfactionView rated = followUp.rate(number, request, IfMatch.version(ifMatch));
    return Response.status(Response.Status.CREATED)
        .tag(IfMatch.tag(rated.ticketVersion()))
        .entity(rated)
        .build();
  }
}
