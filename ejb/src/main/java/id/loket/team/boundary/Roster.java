package id.loket.team.boundary;

import java.util.List;
import java.util.Map;

/**
 * An active team as routing needs it: how it shares tickets and, in member order (user name), each
 * member's skills and availability. Open load is routing's to count.
 */
public record Roster(
    String code,
    String nameEn,
    String nameId,
    String assignmentMode,
    boolean autoAssign,
    String lastAssigned,
    List<Agent> members) {

  public Roster {
    members = List.copyOf(members);
  }

  /**
   * @param capacity {@code null} when the agent has no limit
   */
  public record Agent(
      String username, boolean away, Integer capacity, Map<String, Integer> skills) {
    public Agent {
      skills = Map.copyOf(skills);
    }
  }
}
