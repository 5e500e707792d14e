package id.loket.ticket.control;

import id.loket.identity.boundary.Placement;
import id.loket.identity.boundary.UserDirectory;
import id.loket.routing.boundary.Routed;
import id.loket.routing.boundary.Routing;
import id.loket.routing.entity.RoutingInput;
import id.loket.shared.Json;
import id.loket.ticket.entity.Ticket;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;

/**
 * Hands a stored ticket to routing and applies the decision to the aggregate, which reports team
 * and assignee as changes (the caller records them). The ticket's facts are what rules look at:
 * type, category, the form's {@code service} field, title and description, and the requester's
 * department and location as the directory knows them when the ticket is routed.
 */
@Dependent
public class TicketRouter {

  /** The actor of routing on create. */
  public static final String SYSTEM = Routing.SYSTEM;

  @EJB Routing routing;
  @EJB UserDirectory directory;

  /**
   * Decides where a new ticket goes and applies it (actor {@value #SYSTEM}) before the ticket is
   * stored, so that it is inserted with its team; {@link #record} the decision once it is.
   */
  public Routed decide(Ticket ticket, String firstTeam, Instant at) {
    Routed routed =
        routing.decide(input(ticket, directory.placement(ticket.getRequester())), firstTeam);
    ticket.route(routed.team(), routed.assignee(), SYSTEM, at);
    return routed;
  }

  /** Records the decision {@link #decide} made for the now stored ticket. */
  public void record(Ticket ticket, Routed routed, Instant at) {
    routing.record(ticket.getId(), routed, SYSTEM, at);
  }

  /** Routes a stored ticket again on behalf of {@code actor} and records the decision. */
  public Routed route(Ticket ticket, String firstTeam, String actor, Instant at) {
    Routed routed =
        routing.decide(input(ticket, directory.placement(ticket.getRequester())), firstTeam);
    ticket.route(routed.team(), routed.assignee(), actor, at);
    routing.record(ticket.getId(), routed, actor, at);
    return routed;
  }

  static RoutingInput input(Ticket t, Placement requester) {
    return new RoutingInput(
        t.getRequestType(),
        t.getCategory(),
        service(t.getFields()),
        t.getTitle(),
        t.getDescription(),
        requester.department(),
        requester.location());
  }

  private static String service(String fields) {
    if (fields == null || fields.isBlank()) {
      return null;
    }
    try (var reader = Json.createReader(fields)) {
      JsonObject o = reader.readObject();
      return o.get("service") instanceof JsonString s ? s.getString() : null;
    }
  }
}
