package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/** Load per agent and per team, most open first. */
public record LoadReport(List<AgentLoad> agents, List<AgentLoad> teams) implements Serializable {
  public LoadReport {
    agents = List.copyOf(agents);
    teams = List.copyOf(teams);
  }
}
