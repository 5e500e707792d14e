package id.loket.team.web;

import id.loket.platform.web.FacesErrors;
import id.loket.sla.boundary.SlaCalendars;
import id.loket.team.boundary.TeamAdmin;
import id.loket.team.boundary.TeamDraft;
import id.loket.team.boundary.TeamView;
import id.loket.team.entity.AssignmentMode;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The teams page: every team with its members; one form creates a team or changes the one being
 * edited (administrators), another sets its members (administrators and the team's leads), each
 * based on the version the page loaded.
 */
@Named
@ViewScoped
public class TeamsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TeamAdmin admin;
  @Inject transient SlaCalendars slaCalendars;

  private List<TeamView> teams;
  private String code;
  private Long version;
  private TeamDraft draft = new TeamDraft();
  private String members;
  private List<SlaCalendars.View> calendars;

  public List<TeamView> getTeams() {
    if (teams == null) {
      teams = admin.all();
    }
    return teams;
  }

  public static String members(TeamView t) {
    return t.members().stream()
        .map(m -> m.username() + (m.lead() ? "*" : ""))
        .collect(Collectors.joining(", "));
  }

  public String membersOf(TeamView t) {
    return members(t);
  }

  public void edit(TeamView t) {
    code = t.code();
    version = t.version();
    draft = TeamDraft.of(t);
    members = members(t);
  }

  public void clear() {
    code = null;
    version = null;
    draft = new TeamDraft();
    members = null;
  }

  public void save() {
    try {
      TeamView saved = admin.save(code == null ? null : code.strip(), draft, version);
      FacesErrors.info("admin.teams.saved", saved.code());
      edit(saved);
      teams = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "teamForm");
    }
  }

  public void saveMembers() {
    List<TeamView.Member> list = new ArrayList<>();
    if (members != null) {
      for (String part : members.split(",")) {
        String name = part.strip();
        if (!name.isEmpty()) {
          boolean lead = name.endsWith("*");
          list.add(
              new TeamView.Member(
                  lead ? name.substring(0, name.length() - 1).strip() : name, lead));
        }
      }
    }
    try {
      TeamView saved = admin.setMembers(code, list, version == null ? 0 : version);
      FacesErrors.info("admin.teams.saved", saved.code());
      edit(saved);
      teams = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "teamForm");
    }
  }

  /** The stored SLA calendars a team may work on (none for a team lead, who cannot change it). */
  public List<SlaCalendars.View> getCalendars() {
    if (calendars == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      calendars =
          external.isUserInRole("ADMIN") || external.isUserInRole("MANAGER")
              ? slaCalendars.all()
              : List.of();
    }
    return calendars;
  }

  public AssignmentMode[] getModes() {
    return AssignmentMode.values();
  }

  public boolean isEditing() {
    return version != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TeamDraft getDraft() {
    return draft;
  }

  public String getMembers() {
    return members;
  }

  public void setMembers(String members) {
    this.members = members;
  }
}
