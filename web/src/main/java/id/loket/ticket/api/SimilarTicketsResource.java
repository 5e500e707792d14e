package id.loket.ticket.api;

import id.loket.shared.InvalidFieldException;
import id.loket.ticket.boundary.SimilarTicket;
import id.loket.ticket.boundary.SimilarTickets;
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

/**
 * The duplicate guard over HTTP: open tickets like a text being written. What a requester sees of
 * other people's tickets is decided (and documented) in {@link SimilarTickets}.
 */
@Path("tickets/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Similar tickets")
public class SimilarTicketsResource {

  static final int MAX_TEXT = 10000;

  @Inject SimilarTickets similar;

  @GET
  @Operation(
      operationId = "findSimilarTickets",
      summary = "Open tickets like a text, best first (the caller's own and watched ones in full)")
  @APIResponse(
      responseCode = "200",
      description = "At most 10 tickets, best first; empty when nothing is alike",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SimilarTicketList")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public List<SimilarTicket> similar(
      @QueryParam("text") @Parameter(description = "What the caller is writing (title and text)")
          String text,
      @QueryParam("category")
          @Parameter(description = "The category the caller chose, e.g. network")
          String category) {
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidFieldException("text", "guard.text.size", MAX_TEXT);
    }
    if (category != null && category.length() > 40) {
      throw new InvalidFieldException("category", "ticket.category.unknown", category);
    }
    return similar.find(text, category, SimilarTickets.MAX);
  }
}
