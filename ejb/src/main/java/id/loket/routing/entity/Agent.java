package id.loket.routing.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team member as routing sees them at one moment: the skills they have, whether they are away
 * (leave, sick, training), how many open tickets they can carry and how many they carry now.
 *
 * <p>Capacity exists because an agent drowning in tickets helps nobody: a ticket waiting in the
 * team queue is visible to everyone, one buried in an overloaded personal list is not. The open
 * load and the time of the last assignment are supplied by the caller, which keeps the engine a
 * pure function.
 *
 * @param userName the agent's user name, unique within a team
 * @param skills skill name to level (1–5); names are normalised as in {@link SkillLevel}
 * @param away whether the agent takes no new tickets at the moment
 * @param capacity the most open tickets the agent should have; 0 takes no new ticket
 * @param openLoad the open tickets assigned to the agent now
 * @param lastAssignedAt when the agent was last given a ticket, {@code null} if never
 */
public record Agent(
    String userName,
    Map<String, Integer> skills,
    boolean away,
    int capacity,
    int openLoad,
    Instant lastAssignedAt) {

  /**
   * @throws IllegalArgumentException if the user name is blank, a skill level is outside 1–5, or
   *     capacity or load is negative
   */
  public Agent {
    userName = SkillLevel.requireNonBlank(userName, "userName");
    Map<String, Integer> copy = new LinkedHashMap<>();
    if (skills != null) {
      skills.forEach((skill, level) -> copy.put(new SkillLevel(skill, level).skill(), level));
    }
    skills = Collections.unmodifiableMap(copy);
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity of " + userName + " must not be negative");
    }
    if (openLoad < 0) {
      throw new IllegalArgumentException("open load of " + userName + " must not be negative");
    }
  }

  /** An agent without skills who is present, has never been assigned and has no open ticket. */
  public static Agent of(String userName, int capacity) {
    return new Agent(userName, Map.of(), false, capacity, 0, null);
  }

  /**
   * @return the agent's level in {@code skill}, 0 if they do not have it
   */
  public int level(String skill) {
    return skills.getOrDefault(SkillLevel.normalise(skill), 0);
  }

  public Agent withSkill(String skill, int level) {
    Map<String, Integer> more = new LinkedHashMap<>(skills);
    more.put(SkillLevel.normalise(skill), level);
    return new Agent(userName, more, away, capacity, openLoad, lastAssignedAt);
  }

  public Agent withAway(boolean isAway) {
    return new Agent(userName, skills, isAway, capacity, openLoad, lastAssignedAt);
  }

  public Agent withOpenLoad(int load) {
    return new Agent(userName, skills, away, capacity, load, lastAssignedAt);
  }

  public Agent withLastAssignedAt(Instant at) {
    return new Agent(userName, skills, away, capacity, openLoad, at);
  }
}
