package id.loket.routing.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team (queue) with its members in their configured order, and how it shares tickets.
 *
 * <p>Some teams want a lead to hand out every ticket personally, e.g. a small security team; for
 * them {@code autoAssign} is off and routing stops at the queue. For {@link
 * AssignmentMode#ROUND_ROBIN} the roster remembers who was assigned last, so the turn survives a
 * restart when the caller stores it.
 *
 * @param code the team's code, which rules name
 * @param name the team's display name, shown in the trace; the code when {@code null}
 * @param members the members in the order round robin follows; user names unique
 * @param mode how tickets are shared; {@link AssignmentMode#LEAST_LOADED} when {@code null}
 * @param autoAssign whether routing picks an agent at all
 * @param lastAssigned user name of the member assigned last, {@code null} if none
 */
public record TeamRoster(
    String code,
    String name,
    List<Agent> members,
    AssignmentMode mode,
    boolean autoAssign,
    String lastAssigned) {

  /**
   * @throws IllegalArgumentException if the code is blank or a user name occurs twice
   */
  public TeamRoster {
    code = SkillLevel.requireNonBlank(code, "code");
    name = name == null || name.isBlank() ? code : name.strip();
    members = members == null ? List.of() : List.copyOf(members);
    mode = Objects.requireNonNullElse(mode, AssignmentMode.LEAST_LOADED);
    Set<String> seen = new HashSet<>();
    for (Agent member : members) {
      if (!seen.add(member.userName())) {
        throw new IllegalArgumentException(
            "member " + member.userName() + " occurs twice in team " + code);
      }
    }
  }

  /** A team sharing by {@link AssignmentMode#LEAST_LOADED}, with auto-assignment on. */
  public static TeamRoster of(String code, String name, Agent... members) {
    return new TeamRoster(code, name, List.of(members), AssignmentMode.LEAST_LOADED, true, null);
  }

  /** This team sharing by round robin, the turn following {@code lastAssignedUser}. */
  public TeamRoster roundRobin(String lastAssignedUser) {
    return new TeamRoster(
        code, name, members, AssignmentMode.ROUND_ROBIN, autoAssign, lastAssignedUser);
  }

  public TeamRoster withAutoAssign(boolean on) {
    return new TeamRoster(code, name, members, mode, on, lastAssigned);
  }
}
