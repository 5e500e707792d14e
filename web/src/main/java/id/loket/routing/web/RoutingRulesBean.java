package id.loket.routing.web;

import id.loket.platform.web.FacesErrors;
import id.loket.routing.boundary.RoutingRules;
import id.loket.routing.boundary.RuleDraft;
import id.loket.routing.boundary.RuleView;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The routing table for administrators: the rules in order with edit, retire and move; one form
 * adds a rule or changes the one being edited, based on the version it was loaded at.
 */
@Named
@ViewScoped
public class RoutingRulesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RoutingRules rules;
  @Inject transient Teams teams;

  private List<RuleView> table;
  private Long editing;
  private long editingVersion;
  private Integer position;
  private String team;
  private String conditions;
  private String skills;

  public List<RuleView> getRules() {
    if (table == null) {
      table = rules.all();
    }
    return table;
  }

  public List<TeamName> getTeams() {
    return teams.active();
  }

  public String conditionsOf(RuleView r) {
    return RuleText.conditions(r);
  }

  public String skillsOf(RuleView r) {
    return RuleText.skills(r);
  }

  public void edit(RuleView r) {
    editing = r.id();
    editingVersion = r.version();
    position = r.position();
    team = r.team();
    conditions = RuleText.conditions(r);
    skills = RuleText.skills(r);
  }

  public void clear() {
    editing = null;
    position = null;
    team = null;
    conditions = null;
    skills = null;
  }

  public void save() {
    RuleDraft d = new RuleDraft();
    d.setPosition(position);
    d.setTeam(team);
    d.setConditions(RuleText.conditions(conditions));
    d.setRequiredSkills(RuleText.skills(skills));
    try {
      if (editing == null) {
        rules.create(d);
      } else {
        rules.update(editing, d, editingVersion);
      }
      FacesErrors.info("admin.rules.saved");
      clear();
      table = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "ruleForm");
    }
  }

  public void retire(RuleView r) {
    act(() -> rules.retire(r.id(), r.version()));
  }

  public void move(RuleView r, boolean up) {
    act(() -> rules.move(r.id(), r.version(), up));
  }

  private void act(Runnable action) {
    try {
      action.run();
      FacesErrors.info("admin.rules.saved");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "rulesForm");
    }
    table = null;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getConditions() {
    return conditions;
  }

  public void setConditions(String conditions) {
    this.conditions = conditions;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }
}
