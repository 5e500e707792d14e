package id.loket.ticket.web;

import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.NewWatcher;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.WatcherView;
import id.loket.ticket.boundary.Watchers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The watchers panel of the ticket page ({@code /WEB-INF/includes/watchers.xhtml}): who follows the
 * ticket; its requester (and staff) add colleagues and remove them, a watcher may leave.
 */
@Named
@ViewScoped
public class WatchersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Watchers watchers;
  @Inject transient UserDirectory directory;
  @Inject TicketViewBean page;

  private List<WatcherView> list;
  private String username;

  public List<WatcherView> getList() {
    TicketDetails ticket = page.getTicket();
    if (list == null && ticket != null) {
      list = watchers.of(ticket.number());
    }
    return list == null ? List.of() : list;
  }

  public void add() {
    try {
      list = watchers.add(page.getTicket().number(), new NewWatcher(username));
      FacesErrors.info("watchers.added", username);
      username = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "watchersForm");
    }
  }

  /** Removes a watcher; a watcher who leaves cannot read the ticket any more: home page. */
  public String remove(String user) {
    try {
      boolean manager = isManager();
      watchers.remove(page.getTicket().number(), user);
      if (!manager) {
        return "/index?faces-redirect=true"; // a watcher who left cannot read it any more
      }
      list = watchers.of(page.getTicket().number());
      return null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "watchersForm");
      return null;
    }
  }

  /** Colleagues for the autocomplete: active users by name or user name. */
  public List<String> complete(String prefix) {
    return directory.activeUsers(prefix, 10).stream().map(CallerIdentity::username).toList();
  }

  /** "Budi Santoso (budi)"; empty for no user (the empty autocomplete asks for that too). */
  public String label(String user) {
    return user == null || user.isBlank() ? "" : directory.label(user);
  }

  /** The requester and staff manage the list. */
  public boolean isManager() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String me = faces.getExternalContext().getUserPrincipal().getName();
    TicketDetails ticket = page.getTicket();
    return ticket != null
        && (ticket.requester().equals(me)
            || Roles.isStaff(faces.getExternalContext()::isUserInRole));
  }

  /** Whether the caller may remove {@code user}: a manager anyone, a watcher themselves. */
  public boolean mayRemove(String user) {
    return isManager()
        || FacesContext.getCurrentInstance()
            .getExternalContext()
            .getUserPrincipal()
            .getName()
            .equals(user);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }
}
