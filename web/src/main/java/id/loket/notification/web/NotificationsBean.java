package id.loket.notification.web;

import id.loket.notification.boundary.NotificationView;
import id.loket.notification.boundary.Notifications;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The notifications page: the newest first, "Show older" for the next keyset page, opening one
 * marks it (and the others about the same ticket) read, "Mark all read".
 */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 20;

  @Inject transient Notifications notifications;

  private final List<NotificationView> shown = new ArrayList<>();
  private String next;
  private boolean loaded;

  public List<NotificationView> getItems() {
    if (!loaded) {
      loaded = true;
      append(null);
    }
    return shown;
  }

  public void older() {
    if (next != null) {
      append(next);
    }
  }

  public String open(NotificationView notification) {
    notifications.markReadFor(notification.ticketNumber());
    return "/tickets/view.xhtml?faces-redirect=true&number="
        + URLEncoder.encode(notification.ticketNumber(), StandardCharsets.UTF_8);
  }

  public String markAllRead() {
    notifications.markAllRead();
    return "/notifications.xhtml?faces-redirect=true";
  }

  public boolean isMore() {
    return next != null;
  }

  private void append(String before) {
    Page<NotificationView> page = notifications.page(before, PAGE);
    shown.addAll(page.items());
    next = page.next();
  }
}
