package id.loket.mail.api;

import id.loket.mail.boundary.MailOutbound;
import id.loket.mail.boundary.OutboundMailPage;
import id.loket.mail.boundary.OutboundMailView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For administrators: the outbound mails, newest first (paged by {@code before} = the previous
 * page's {@code next}), optionally of one status, with the counts per status; and sending a FAILED
 * mail once more.
 */
@Path("admin/mail/outbound")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbound mail")
public class MailOutboundResource {

  @Inject MailOutbound outbound;

  @GET
  @Operation(operationId = "listOutboundMail", summary = "Outbound mails, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page and the counts per status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "OutboundMailPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public OutboundMailPage list(
      @QueryParam("status")
          @Parameter(
              description = "Only mails of this status",
              schema = @Schema(ref = "OutboundMailStatus"))
          String status,
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return outbound.list(status, before, limit);
  }

  @POST
  @Path("{id}/retry")
  @Operation(operationId = "retryOutboundMail", summary = "Sends a FAILED mail once more")
  @APIResponse(
      responseCode = "200",
      description = "The mail, pending again",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "OutboundMail")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public OutboundMailView retry(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The id of the mail",
              schema = @Schema(ref = "Id"))
          long id) {
    return outbound.retry(id);
  }
}
