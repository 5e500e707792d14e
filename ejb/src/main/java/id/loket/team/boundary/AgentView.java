package id.loket.team.boundary;

import java.util.List;
import java.util.Map;

/**
 * An agent as routing sees them: skills (name to level 1–3), away, capacity ({@code null}: no
 * limit) and the teams they are in. Version 0 means nothing was set yet (send 0 as If-Match).
 */
public record AgentView(
    String username,
    boolean away,
    Integer capacity,
    Map<String, Integer> skills,
    List<String> teams,
    long version) {

  public AgentView {
    skills = Map.copyOf(skills);
    teams = List.copyOf(teams);
  }
}
