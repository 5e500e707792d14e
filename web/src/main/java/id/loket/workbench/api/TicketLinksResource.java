package id.loket.workbench.api;

import id.loket.shared.Page;
import id.loket.workbench.boundary.LinkView;
import id.loket.workbench.boundary.NewLink;
import id.loket.workbench.boundary.TicketLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Links between tickets (staff): related tickets and parent/child for a major incident. Links do
 * not change what a ticket says, so (like watchers) they take no If-Match.
 */
@Path("tickets/{number}/links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket links")
public class TicketLinksResource {

  @Inject TicketLinks links;

  @GET
  @Operation(
      operationId = "listTicketLinks",
      summary = "One page of a ticket's links, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LinkPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<LinkView> list(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @QueryParam("after") @Parameter(description = "The cursor (next) of the previous page")
          Long after,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return links.of(number, after, limit);
  }

  @POST
  @Operation(operationId = "addTicketLink", summary = "Links this ticket to another one")
  @APIResponse(
      responseCode = "201",
      description = "The link, as seen from this ticket",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Link")))
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
              description = "The other ticket and the kind of link",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "NewLink")))
          NewLink request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return Response.status(Response.Status.CREATED).entity(links.add(number, request)).build();
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "removeTicketLink", summary = "Removes one of the ticket's links")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response remove(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @PathParam("id") @Parameter(required = true, description = "The link's id") long id) {
    links.remove(number, id);
    return Response.noContent().build();
  }

  @POST
  @Path("children/resolution")
  @Operation(
      operationId = "resolveChildTickets",
      summary = "Resolves every open child of this (parent) ticket with one public message")
  @APIResponse(
      responseCode = "200",
      description = "The children resolved",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "ResolvedChildren")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public JsonObject resolveChildren(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number,
      @RequestBody(
              required = true,
              description = "The public message for each child",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "ChildResolution")))
          ChildResolution request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    List<String> resolved = links.resolveChildren(number, request.getMessage());
    return Json.createObjectBuilder().add("resolved", Json.createArrayBuilder(resolved)).build();
  }
}
