package id.loket.team.web;

import id.loket.platform.web.FacesErrors;
import id.loket.team.boundary.AgentView;
import id.loket.team.boundary.TeamAdmin;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** An agent says on their profile page that they are away (no new tickets), or back. */
@Named
@ViewScoped
public class AwayBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TeamAdmin admin;

  private AgentView me;
  private Boolean away;

  private AgentView me() {
    if (me == null) {
      String name =
          FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
      me = admin.agent(name);
    }
    return me;
  }

  public boolean isAway() {
    return away != null ? away : me().away();
  }

  public void setAway(boolean away) {
    this.away = away;
  }

  public void save() {
    try {
      AgentView current = me();
      me = admin.setAway(current.username(), isAway(), current.version());
      away = me.away();
      FacesErrors.info("profile.away.saved");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "awayForm");
    }
  }
}
