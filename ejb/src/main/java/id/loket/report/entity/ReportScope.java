package id.loket.report.entity;

import java.util.List;

/**
 * Whose tickets a reader may see in reports: all (managers, administrators) or those of the teams
 * they lead (team leads). A lead who leads no team sees nothing.
 */
public record ReportScope(boolean all, List<String> teams) {

  public ReportScope {
    teams = List.copyOf(teams);
  }

  public static ReportScope everything() {
    return new ReportScope(true, List.of());
  }

  public static ReportScope teams(List<String> led) {
    return new ReportScope(false, led);
  }

  public boolean covers(String team) {
    return all || (team != null && teams.contains(team));
  }

  public boolean isEmpty() {
    return !all && teams.isEmpty();
  }
}
