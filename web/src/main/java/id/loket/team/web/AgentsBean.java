package id.loket.team.web;

import id.loket.platform.web.FacesErrors;
import id.loket.routing.web.RuleText;
import id.loket.team.boundary.AgentDraft;
import id.loket.team.boundary.AgentView;
import id.loket.team.boundary.TeamAdmin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One agent's skills, away flag and capacity, for administrators and the leads of the agent's
 * teams; the agent is named by the {@code username} view parameter or typed in.
 */
@Named
@ViewScoped
public class AgentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TeamAdmin admin;

  private String username;
  private AgentView agent;
  private boolean away;
  private Integer capacity;
  private String skills;

  /** f:viewAction and the "load" button. */
  public void load() {
    if (username == null || username.isBlank()) {
      agent = null;
      return;
    }
    try {
      show(admin.agent(username.strip()));
    } catch (RuntimeException e) {
      agent = null;
      FacesErrors.show(e, "agentForm");
    }
  }

  private void show(AgentView a) {
    agent = a;
    away = a.away();
    capacity = a.capacity();
    skills =
        a.skills().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
  }

  public void save() {
    AgentDraft d = new AgentDraft();
    d.setAway(away);
    d.setCapacity(capacity);
    JsonObjectBuilder s = Json.createObjectBuilder();
    for (Map.Entry<String, String> e : RuleText.pairs(skills)) {
      try {
        s.add(e.getKey(), Integer.parseInt(e.getValue()));
      } catch (NumberFormatException notANumber) {
        s.add(e.getKey(), e.getValue());
      }
    }
    d.setSkills(s.build());
    try {
      show(admin.saveAgent(agent.username(), d, agent.version()));
      FacesErrors.info("admin.agents.saved", agent.username());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "agentForm");
    }
  }

  public String getTeamsText() {
    return agent == null || agent.teams().isEmpty() ? "—" : String.join(", ", agent.teams());
  }

  public AgentView getAgent() {
    return agent;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public boolean isAway() {
    return away;
  }

  public void setAway(boolean away) {
    this.away = away;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getSkills() {
    return skills;
  }

  public void setSkills(String skills) {
    this.skills = skills;
  }
}
