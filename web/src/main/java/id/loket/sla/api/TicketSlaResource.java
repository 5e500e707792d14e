package id.loket.sla.api;

import id.loket.shared.Page;
import id.loket.sla.boundary.TicketSlas;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ticket's SLA clocks and ledger, for staff. */
@Path("tickets/{number}/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ticket service levels")
public class TicketSlaResource {

  @Inject TicketSlas slas;
  @Inject Clock clock;

  /** The clocks, as one object. */
  public record Clocks(List<TicketSlas.Clock> clocks) {}

  @GET
  @Operation(
      operationId = "getTicketSla",
      summary = "The ticket's SLA clocks, due instants and why")
  @APIResponse(
      responseCode = "200",
      description = "The clocks, first response first",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaClocks")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Clocks clocks(
      @PathParam("number")
          @Parameter(
              required = true,
              description = "The ticket number",
              schema = @Schema(ref = "TicketNumber"))
          String number) {
    return new Clocks(slas.clocks(number, clock.instant()));
  }

  @GET
  @Path("ledger")
  @Operation(operationId = "getTicketSlaLedger", summary = "The ticket's SLA ledger, newest first")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaLedgerPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<TicketSlas.Line> ledger(
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
              description = "At most this many lines (clamped to 1-100)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return slas.ledger(number, before, limit);
  }
}
