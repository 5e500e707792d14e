package id.loket.notification.api;

import id.loket.notification.boundary.NotificationView;
import id.loket.notification.boundary.Notifications;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own notifications: one page at a time, newest first, with the unread count; and
 * marking them read (some by id, or all).
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

  /** One page of notifications and how many of all the caller's are unread. */
  public record NotificationPage(List<NotificationView> items, String next, long unread) {}

  /** What to mark read: one notification by id, those of one ticket, or all. */
  public static class MarkRead {
    private Long id;
    private String ticket;
    private Boolean all;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getTicket() {
      return ticket;
    }

    public void setTicket(String ticket) {
      this.ticket = ticket;
    }

    public Boolean getAll() {
      return all;
    }

    public void setAll(Boolean all) {
      this.all = all;
    }
  }

  /** How many of the caller's notifications are unread after marking. */
  public record Unread(long unread) {}

  @Inject Notifications notifications;

  @GET
  @Operation(
      operationId = "listMyNotifications",
      summary = "One page of the caller's notifications, newest first, and the unread count")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "NotificationPage")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public NotificationPage mine(
      @QueryParam("before") @Parameter(description = "The cursor (next) of the previous page")
          String before,
      @QueryParam("limit")
          @DefaultValue("50")
          @Parameter(
              description = "At most this many entries (clamped to 1-200)",
              schema = @Schema(ref = "Limit"))
          int limit) {
    Page<NotificationView> page = notifications.page(before, limit);
    return new NotificationPage(page.items(), page.next(), notifications.unread());
  }

  @POST
  @Path("read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "markNotificationsRead",
      summary = "Marks the caller's notifications read: those with the given ids, or all")
  @APIResponse(
      responseCode = "200",
      description = "How many are still unread",
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UnreadCount")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Unread markRead(
      @RequestBody(
              required = true,
              description = "{\"id\":7}, {\"ticket\":\"LKT-…\"} or {\"all\":true}",
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(ref = "MarkNotificationsRead")))
          MarkRead request) {
    if (request == null) {
      throw new BadRequestException("A JSON body is required");
    }
    if (Boolean.TRUE.equals(request.getAll())) {
      notifications.markAllRead();
    } else if (request.getId() != null) {
      notifications.markRead(List.of(request.getId()));
    } else if (request.getTicket() != null) {
      notifications.markReadFor(request.getTicket());
    } else {
      throw new InvalidFieldException("all", "notification.read.what");
    }
    return new Unread(notifications.unread());
  }
}
