package id.loket.notification.api;

import id.loket.notification.boundary.NotificationView;
import id.loket.notification.boundary.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's own notifications, newest first. */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject Notifications notifications;

  /** The caller's notifications, newest first: {@code limit} of them (1–200, default 50). */
  @GET
  public List<NotificationView> mine(@QueryParam("limit") @DefaultValue("50") int limit) {
    return notifications.mine(limit);
  }
}
