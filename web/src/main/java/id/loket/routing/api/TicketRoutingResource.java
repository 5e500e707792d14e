package id.loket.routing.api;

import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Languages;
import id.loket.routing.boundary.RoutingRecord;
import id.loket.shared.Page;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketRouting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The routing decisions of a ticket with their traces (in the language of {@code Accept-Language}),
 * and "route again now". Staff only; anyone else gets 404. Decided in {@link TicketRouting}.
 */
@Path("tickets/{number}/routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket routing")
public class TicketRoutingResource {

  @Inject TicketRouting routing;

  @GET
  @Operation(
      operationId = "listRoutingDecisions",
      summary = "One page of the routing decisions of a ticket, newest first (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "RoutingDecisionPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<RoutingRecord> decisions(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("20")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
          @Parameter(description = "id for the traces in Indonesian, else English")
          String language) {
    return routing.decisions(number, before, limit, Languages.pick(language));
  }

  @POST
  @Operation(
      operationId = "rerouteTicket",
      summary = "Routes a ticket again with the rules and teams of now (staff)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket as routed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response reroute(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(required = true, description = "The ticket's current version, e.g. \"3\"")
          String ifMatch) {
    TicketDetails ticket = routing.reroute(number, IfMatch.required(ifMatch));
    return Response.ok(ticket).tag(IfMatch.tag(ticket.version())).build();
  }
}
