package id.loket.sla.api;

import id.loket.sla.boundary.SlaSweeps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs this node's SLA sweep now (ADMIN): what it claimed and escalated, and how long it took. */
@Path("admin/sla/sweep")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service level sweep")
public class SlaSweepResource {

  @Inject SlaSweeps sweeps;

  @POST
  @Operation(operationId = "sweepSla", summary = "Runs the SLA sweep on this node now")
  @APIResponse(
      responseCode = "200",
      description = "Clocks looked at, escalations recorded, milliseconds taken",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SlaSweepResult")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public SlaSweeps.Result sweep() {
    return sweeps.sweepNow();
  }
}
