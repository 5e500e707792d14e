package id.loket.workbench.web;

import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.web.TicketViewBean;
import id.loket.workbench.boundary.MergeRequest;
import id.loket.workbench.boundary.Merging;
import id.loket.workbench.boundary.Presence;
import id.loket.workbench.boundary.PresenceView;
import id.loket.workbench.entity.PresenceMode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The staff's part of the ticket page: merging it as a duplicate, and presence — the page beats
 * every 20 s (a poll) and shows who else has the ticket open; a small script marks the beat EDITING
 * while a message is being typed.
 */
@Named
@ViewScoped
public class WorkbenchBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketViewBean view;
  @Inject transient Merging merging;
  @Inject transient Presence presence;

  private String into;
  private boolean editing;
  private List<PresenceView> others = List.of();

  /** f:viewAction and the poll: the caller is here; who else is. */
  public void beat() {
    TicketDetails t = view.getTicket();
    if (t == null || !staff()) {
      return;
    }
    try {
      others = presence.beat(t.number(), editing ? PresenceMode.EDITING : PresenceMode.VIEWING);
    } catch (RuntimeException e) {
      others = List.of(); // presence is a hint: never in the way of the work
    }
  }

  public void merge() {
    TicketDetails t = view.getTicket();
    try {
      TicketDetails closed = merging.merge(t.number(), new MergeRequest(into), t.version());
      view.load();
      FacesErrors.info("workbench.merge.done", closed.number(), into);
      into = null;
    } catch (RuntimeException e) {
      view.refused(e);
    }
  }

  public boolean isStaff() {
    return staff();
  }

  private static boolean staff() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("AGENT")
        || external.isUserInRole("TEAM_LEAD")
        || external.isUserInRole("MANAGER")
        || external.isUserInRole("ADMIN");
  }

  public List<PresenceView> getOthers() {
    return others;
  }

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = into;
  }

  public boolean isEditing() {
    return editing;
  }

  public void setEditing(boolean editing) {
    this.editing = editing;
  }
}
