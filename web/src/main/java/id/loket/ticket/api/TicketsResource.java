package id.loket.ticket.api;

import id.loket.platform.web.IfMatch;
import id.loket.shared.Page;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
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
import java.util.List;

/**
 * Tickets over HTTP. Thin: everything is decided in {@link TicketService}. A ticket answers with
 * its version as the {@code ETag}; a write may send it back as {@code If-Match} and is refused with
 * 412 if the ticket changed meanwhile. Conversation and history are separate, paged lists (newest
 * first; {@code next} is the cursor of the following page).
 */
@Path("tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject TicketService tickets;
  @Context UriInfo uri;

  @POST
  public Response open(NewTicket request) {
    TicketDetails created = tickets.open(required(request));
    return Response.created(uri.getAbsolutePathBuilder().path(created.number()).build())
        .tag(tag(created))
        .entity(created)
        .build();
  }

  /** The caller's own tickets, newest first. */
  @GET
  public List<TicketSummary> mine() {
    return tickets.mine(50);
  }

  @GET
  @Path("{number}")
  public Response get(@PathParam("number") String number) {
    TicketDetails ticket = tickets.get(number);
    return Response.ok(ticket).tag(tag(ticket)).build();
  }

  @GET
  @Path("{number}/comments")
  public Page<TicketDetails.CommentView> comments(
      @PathParam("number") String number,
      @QueryParam("before") String before,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return tickets.comments(number, before, limit);
  }

  @GET
  @Path("{number}/history")
  public Page<TicketDetails.ChangeView> history(
      @PathParam("number") String number,
      @QueryParam("before") String before,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return tickets.history(number, before, limit);
  }

  @POST
  @Path("{number}/comments")
  public Response comment(
      @PathParam("number") String number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      NewComment request) {
    TicketDetails updated = tickets.comment(number, required(request), IfMatch.version(ifMatch));
    return Response.status(Response.Status.CREATED).tag(tag(updated)).entity(updated).build();
  }

  @POST
  @Path("{number}/transitions")
  public Response transition(
      @PathParam("number") String number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      TransitionRequest request) {
    TicketDetails updated = tickets.transition(number, required(request), IfMatch.version(ifMatch));
    return Response.ok(updated).tag(tag(updated)).build();
  }

  private static EntityTag tag(TicketDetails ticket) {
    return new EntityTag(Long.toString(ticket.version()));
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
