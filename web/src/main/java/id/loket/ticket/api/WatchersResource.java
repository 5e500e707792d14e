package id.loket.ticket.api;

import id.loket.ticket.boundary.NewWatcher;
import id.loket.ticket.boundary.WatcherView;
import id.loket.ticket.boundary.Watchers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The watchers of a ticket. Watchers are not part of the ticket's version (see {@link Watchers}):
 * adding and removing are idempotent and take no {@code If-Match}.
 */
@Path("tickets/{number}/watchers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watchers")
public class WatchersResource {

  @Inject Watchers watchers;

  @GET
  @Operation(operationId = "listWatchers", summary = "The watchers of a ticket, by user name")
  @APIResponse(
      responseCode = "200",
      description = "The watchers",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WatcherList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<WatcherView> list(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number) {
    return watchers.of(number);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addWatcher",
      summary = "Lets an active colleague watch the ticket (requester and staff only)")
  @APIResponse(
      responseCode = "200",
      description = "The watchers, with the new one",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WatcherList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public List<WatcherView> add(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @RequestBody(
              required = true,
              description = "Whom to add",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "NewWatcher")))
          NewWatcher request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return watchers.add(number, request);
  }

  @DELETE
  @Path("{username}")
  @Operation(
      operationId = "removeWatcher",
      summary = "Stops a user watching the ticket (requester, staff, or the watcher themselves)")
  @APIResponse(responseCode = "204", description = "Not (or no longer) a watcher")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @PathParam("username") @Parameter(required = true, description = "The watcher's user name")
          String username) {
    watchers.remove(number, username);
    return Response.noContent().build();
  }
}
