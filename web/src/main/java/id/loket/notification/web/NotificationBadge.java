package id.loket.notification.web;

import id.loket.notification.boundary.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The unread count in the header of every page (one indexed count per page view). */
@Named
@RequestScoped
public class NotificationBadge {

  @Inject Notifications notifications;
  @Inject HttpServletRequest request;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = request.getUserPrincipal() == null ? 0 : notifications.unread();
    }
    return unread;
  }
}
