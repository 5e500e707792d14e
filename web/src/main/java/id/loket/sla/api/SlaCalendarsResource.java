package id.loket.sla.api;

import id.loket.platform.web.IfMatch;
import id.loket.sla.boundary.SlaCalendars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stored business calendars: administrators create ({@code PUT} without {@code If-Match}) and
 * change them ({@code PUT} with it), managers read them. Decided in {@link SlaCalendars}.
 */
@Path("admin/sla/calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service level calendars")
public class SlaCalendarsResource {

  @Inject SlaCalendars calendars;

  @GET
  @Operation(operationId = "listSlaCalendars", summary = "The stored business calendars by code")
  @APIResponse(
      responseCode = "200",
      description = "Every stored calendar",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SlaCalendarList")))
  public List<SlaCalendars.View> all() {
    return calendars.all();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getSlaCalendar", summary = "One stored calendar, its version as ETag")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SlaStoredCalendar")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response get(
      @PathParam("code") @Parameter(required = true, description = "The calendar's code")
          String code) {
    SlaCalendars.View view = calendars.get(code);
    return Response.ok(view).tag(IfMatch.tag(view.version())).build();
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "putSlaCalendar",
      summary = "Creates (no If-Match) or changes (If-Match) a stored calendar")
  @APIResponse(
      responseCode = "200",
      description = "The calendar as stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "SlaStoredCalendar")),
      headers = @Header(name = "ETag", ref = "ETag"))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response put(
      @PathParam("code") @Parameter(required = true, description = "The calendar's code")
          String code,
      @HeaderParam(HttpHeaders.IF_MATCH)
          @Parameter(description = "The version changed, e.g. \"0\"; absent to create")
          String ifMatch,
      @RequestBody(
              required = true,
              description = "The calendar's name and definition",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "SlaCalendarDraft")))
          JsonObject draft) {
    if (draft == null) {
      throw new BadRequestException("A JSON body is required");
    }
    SlaCalendars.View view = calendars.save(code, draft, IfMatch.version(ifMatch));
    return Response.ok(view).tag(IfMatch.tag(view.version())).build();
  }
}
