package id.loket.messaging.api;

import id.loket.messaging.boundary.DeadLetterView;
import id.loket.messaging.boundary.DeadLetters;
import id.loket.messaging.boundary.MessagingStatus;
import id.loket.platform.web.IfMatch;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For administrators: how events flow, and the dead letters (open ones newest first, paged by
 * {@code before} = the last id seen). A retry must name the version it was based on ({@code
 * If-Match}, the {@code version} of the list entry).
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class MessagingResource {

  @Inject DeadLetters deadLetters;

  @GET
  @Path("messaging")
  @Operation(
      operationId = "getMessagingStatus",
      summary = "How events flow: broker, outbox backlog, dead letters")
  @APIResponse(
      responseCode = "200",
      description = "The status",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "MessagingStatus")))
  public Map<String, Object> messaging() {
    MessagingStatus.Snapshot s = deadLetters.status();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("broker", s.brokerUp() ? "UP" : "DOWN");
    m.put("brokerError", s.brokerError());
    m.put("outboxBacklog", s.backlog());
    m.put("outboxOldestSeconds", s.oldestAge().toSeconds());
    m.put("deadLetters", s.deadLetters());
    m.put("relayError", s.relayError());
    return m;
  }

  @GET
  @Path("dead-letters")
  @Operation(operationId = "listDeadLetters", summary = "Open dead letters, newest first")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "DeadLetterPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Page<DeadLetterView> deadLetters(
      @QueryParam("before")
          @Parameter(
              description = "The next of the previous page (a dead letter id)",
              schema = @Schema(ref = "Id"))
          Long before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    return deadLetters.open(before, limit);
  }

  @POST
  @Path("dead-letters/{id}/retry")
  @Operation(operationId = "retryDeadLetter", summary = "Sends a dead letter to its consumer again")
  @APIResponse(
      responseCode = "200",
      description = "The dead letter, retried",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeadLetter")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response retry(
      @PathParam("id")
          @Parameter(
              required = true,
              description = "The id of the dead letter",
              schema = @Schema(ref = "Id"))
          long id,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(
              required = true,
              description = "The version of the dead letter, e.g. \"0\"; required (428 without)")
          String ifMatch) {
    DeadLetterView retried = deadLetters.retry(id, IfMatch.required(ifMatch));
    return Response.ok(retried).tag(IfMatch.tag(retried.version())).build();
  }
}
