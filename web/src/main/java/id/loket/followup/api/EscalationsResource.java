package id.loket.followup.api;

import id.loket.followup.boundary.EscalationCaseView;
import id.loket.followup.boundary.Escalations;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The managers' escalation list (MANAGER, ADMIN), newest first, keyset-paged. */
@Path("escalations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalations")
public class EscalationsResource {

  @Inject Escalations escalations;

  @GET
  @Operation(operationId = "listEscalations", summary = "Escalations, newest first (managers)")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EscalationCasePage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public Page<EscalationCaseView> list(
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return escalations.page(before, limit);
  }
}
