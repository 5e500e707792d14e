package id.loket.sla.api;

import id.loket.sla.boundary.SlaPreview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The SLA preview for administrators: when a clock would be due, and why (see {@link SlaPreview}).
 */
@Path("admin/sla/preview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service levels")
public class SlaPreviewResource {

  @Inject SlaPreview preview;

  @POST
  @Operation(
      operationId = "previewSla",
      summary = "When a ticket under this calendar, target and pauses is due, with its ledger")
  @APIResponse(
      responseCode = "200",
      description = "The due instant (null while still paused) and the ledger that explains it",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaPreview")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public SlaPreview.Result preview(
      @RequestBody(
              required = true,
              description = "The calendar, the start, the target and the pauses",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "SlaPreviewRequest")))
          JsonObject request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return preview.preview(request);
  }
}
