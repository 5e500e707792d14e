package id.loket.queue.api;

import id.loket.queue.boundary.BulkActions;
import id.loket.queue.boundary.BulkRequest;
import id.loket.queue.boundary.BulkResult;
import id.loket.queue.boundary.QueuePage;
import id.loket.queue.boundary.Queues;
import id.loket.queue.boundary.ViewCount;
import id.loket.queue.entity.QueueFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agents' queues (staff): the views with their bounded counts, one keyset page of a view, and
 * bulk actions on selected rows (per-row result).
 */
@Path("queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueuesResource {

  @Inject Queues queues;
  @Inject BulkActions bulk;

  @GET
  @Operation(operationId = "listQueueViews", summary = "The views the caller may open, with counts")
  @APIResponse(
      responseCode = "200",
      description = "The views",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "QueueViewCountList")))
  public List<ViewCount> views() {
    return queues.counts();
  }

  @GET
  @Path("{view}")
  @Operation(
      operationId = "readQueue",
      summary = "One page of a queue (open tickets), keyset-paged")
  @APIResponse(
      responseCode = "200",
      description = "One page, its next cursor and the view's bounded count",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QueuePage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public QueuePage page(
      @PathParam("view")
          @Parameter(
              required = true,
              description = "The view",
              schema = @Schema(ref = "QueueViewName"))
          String view,
      @QueryParam("team") @Parameter(description = "The team of the team view") String team,
      @QueryParam("sort")
          @Parameter(
              description = "due, priority, age or updated (default: the view's)",
              schema = @Schema(ref = "QueueSortName"))
          String sort,
      @QueryParam("status") @Parameter(description = "An open status") String status,
      @QueryParam("priority") @Parameter(description = "P1-P4") String priority,
      @QueryParam("type") @Parameter(description = "A request type code") String type,
      @QueryParam("category") @Parameter(description = "A category code") String category,
      @QueryParam("teamFilter") @Parameter(description = "Only this team") String teamFilter,
      @QueryParam("assignee") @Parameter(description = "Assignee user name") String assignee,
      @QueryParam("requester") @Parameter(description = "Requester user name") String requester,
      @QueryParam("channel") @Parameter(description = "PORTAL, PHONE, API or EMAIL") String channel,
      @QueryParam("text") @Parameter(description = "Words of title or description") String text,
      @QueryParam("after") @Parameter(description = "The next cursor of the previous page")
          String after,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many rows (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    QueueFilter filter =
        QueueFilter.of(
            status, priority, type, category, teamFilter, assignee, requester, channel, text);
    return queues.page(view, team, filter, sort, after, limit);
  }

  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "bulkQueueAction",
      summary = "Assigns or moves selected tickets, each with the version its row showed")
  @APIResponse(
      responseCode = "200",
      description = "The outcome per row (DONE, STALE, REFUSED, NOT_FOUND)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkResult")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public BulkResult bulk(
      @RequestBody(
              required = true,
              description = "The action and the selected rows",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "BulkRequest")))
          BulkRequest request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return bulk.apply(request);
  }
}
