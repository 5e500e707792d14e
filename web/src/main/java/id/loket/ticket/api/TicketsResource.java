package id.loket.ticket.api;

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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Tickets over HTTP. Thin: everything is decided in {@link TicketService}. */
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
  public TicketDetails get(@PathParam("number") String number) {
    return tickets.get(number);
  }

  @POST
  @Path("{number}/comments")
  public Response comment(@PathParam("number") String number, NewComment request) {
    TicketDetails updated = tickets.comment(number, required(request));
    return Response.status(Response.Status.CREATED).entity(updated).build();
  }

  @POST
  @Path("{number}/transitions")
  public TicketDetails transition(@PathParam("number") String number, TransitionRequest request) {
    return tickets.transition(number, required(request));
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return body;
  }
}
