package id.loket.queue.api;

import id.loket.queue.boundary.Queues;
import id.loket.queue.entity.QueueRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff's one search box: a ticket number, or words of any ticket or comment, or a person. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

  @Inject Queues queues;

  @GET
  @Operation(operationId = "searchTickets", summary = "Finds tickets by number, words or requester")
  @APIResponse(
      responseCode = "200",
      description = "The best matches first (at most 50)",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "QueueRowList")))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public List<QueueRow> search(
      @QueryParam("q")
          @Parameter(
              required = true,
              description = "A ticket number (with or without check digit), words or a name")
          String q) {
    return queues.search(q);
  }
}
