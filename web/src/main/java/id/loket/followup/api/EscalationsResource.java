package id.loket.followup.api;

import id.loket.followup.boundary.EscalationCaseView;
import id.loket.followup.boundary.Escalations;
import id.loket.platform.web.IfMatch;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
      @QueryParam("open")
          @DefaultValue("false")
          @Parameter(description = "Only escalations nobody acknowledged yet")
          boolean open,
      @QueryParam("ticket")
          @Parameter(
              description = "Only this ticket's escalations",
              schema = @Schema(ref = "TicketNumber"))
          String ticket,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return escalations.page(before, limit, open, ticket);
  }

  /** The body of an acknowledgement. */
  public record Acknowledgement(String note) {}

  @POST
  @Path("{id}/acknowledgement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "acknowledgeEscalation",
      summary = "Acknowledges an escalation with a note (managers; team leads for their teams)")
  @APIResponse(
      responseCode = "200",
      description = "The escalation, acknowledged; an SLA breach sends no more reminders",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "EscalationCase")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public EscalationCaseView acknowledge(
      @PathParam("id") @Parameter(required = true, description = "The escalation's id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The escalation version the call is based on, e.g. \"1\"")
          String ifMatch,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "Acknowledgement")))
          Acknowledgement body) {
    if (body == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return escalations.acknowledge(id, body.note(), IfMatch.required(ifMatch));
  }
}
