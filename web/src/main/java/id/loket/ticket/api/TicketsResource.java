package id.loket.ticket.api;

import id.loket.platform.LoketConfig;
import id.loket.platform.web.IfMatch;
import id.loket.platform.web.Links;
import id.loket.shared.Page;
import id.loket.ticket.boundary.FieldValues;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketFilter;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TicketSummary;
import id.loket.ticket.boundary.TransitionRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tickets over HTTP. Thin: everything is decided in {@link TicketService}. A ticket answers with
 * its version as the {@code ETag}; a write may send it back as {@code If-Match} and is refused with
 * 412 if the ticket changed meanwhile. Conversation and history are separate, paged lists (newest
 * first; {@code next} is the cursor of the following page).
 *
 * <p>The OpenAPI annotations name each operation and every answer of its own (the ones every call
 * can get — 401, 403, 429, 503, 500 — are added by {@code CommonResponses}); the shapes they refer
 * to ({@code Ticket}, {@code Problem}, the shared responses) are in {@code META-INF/openapi.yaml}
 * of the WAR.
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketsResource {

  @Inject TicketService tickets;
  @Inject LoketConfig config;
  @Context UriInfo uri;

  @POST
  @Operation(operationId = "openTicket", summary = "Opens a ticket as the caller")
  @APIResponse(
      responseCode = "201",
      description = "The ticket, opened",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response open(
      @RequestBody(
              required = true,
              description = "The new ticket",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "NewTicket")))
          NewTicket request) {
    TicketDetails created = tickets.open(required(request));
    return Response.created(
            Links.api(config.publicBaseUrl(), uri.getBaseUri(), "tickets/" + created.number()))
        .tag(tag(created))
        .entity(created)
        .build();
  }

  /**
   * One page of the caller's own tickets, most recently updated first, filtered by status ({@code
   * all}, {@code open}, {@code closed} or a status) and a search text (title or number).
   */
  @GET
  @Operation(
      operationId = "listMyTickets",
      summary = "One page of the caller's own tickets, most recently updated first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "TicketSummaryPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Page<TicketSummary> mine(
      @QueryParam("status")
          @Parameter(
              description =
                  "all (default), open (not yet resolved), closed (resolved or closed) or one status",
              schema = @Schema(ref = "TicketStatusFilter"))
          String status,
      @QueryParam("q")
          @Parameter(
              description =
                  "Words of the title or part of the ticket number (at most 100 characters)")
          String q,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return tickets.mine(TicketFilter.of(status, q), before, limit);
  }

  @GET
  @Path("{number}")
  @Operation(operationId = "getTicket", summary = "One ticket, with its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The ticket",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number) {
    TicketDetails ticket = tickets.get(number);
    return Response.ok(ticket).tag(tag(ticket)).build();
  }

  @GET
  @Path("{number}/comments")
  @Operation(
      operationId = "listComments",
      summary = "One page of the conversation of a ticket, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CommentPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<TicketDetails.CommentView> comments(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return tickets.comments(number, before, limit);
  }

  @GET
  @Path("{number}/history")
  @Operation(
      operationId = "listHistory",
      summary = "One page of the history of a ticket, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HistoryPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<TicketDetails.ChangeView> history(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return tickets.history(number, before, limit);
  }

  @POST
  @Path("{number}/comments")
  @Operation(operationId = "addComment", summary = "Adds a reply or an internal note to a ticket")
  @APIResponse(
      responseCode = "201",
      description = "The ticket, with the comment added",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {
        @Header(name = "Location", ref = "Location"),
        @Header(name = "ETag", ref = "ETag")
      })
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response comment(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              description =
                  "The version the write is based on, e.g. \"7\"; a stale one is answered 412")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The comment",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "NewComment")))
          NewComment request) {
    TicketDetails updated = tickets.comment(number, required(request), IfMatch.version(ifMatch));
    return Response.status(Response.Status.CREATED).tag(tag(updated)).entity(updated).build();
  }

  @POST
  @Path("{number}/transitions")
  @Operation(
      operationId = "transitionTicket",
      summary = "Moves a ticket to another status (assigns, claims, resolves, ...)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket in its new status",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Ticket")),
      headers = {@Header(name = "ETag", ref = "ETag")})
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response transition(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              description =
                  "The version the write is based on, e.g. \"7\"; a stale one is answered 412")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The status to move to",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "TransitionRequest")))
          TransitionRequest request) {
    TicketDetails updated = tickets.transition(number, required(request), IfMatch.version(ifMatch));
    return Response.ok(updated).tag(tag(updated)).build();
  }

  @PUT
  @Path("{number}/fields")
  @Operation(
      operationId = "changeTicketFields",
      summary = "Changes the values of the ticket's request-type form (audited per field)")
  @APIResponse(
      responseCode = "200",
      description = "The ticket with its new values",
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
  public Response changeFields(
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
              description = "All values of the form afterwards",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "FieldValues")))
          FieldValues request) {
    TicketDetails updated =
        tickets.changeFields(number, required(request).getFields(), IfMatch.required(ifMatch));
    return Response.ok(updated).tag(tag(updated)).build();
  }

  private static EntityTag tag(TicketDetails ticket) {
    return IfMatch.tag(ticket.version());
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
