package id.loket.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * What routing needs to know about an agent besides their teams: whether they are away (leave,
 * sick, training: no new tickets) and how many open tickets they can carry. An agent without a
 * profile is present and has no limit. Skills are rows of {@code agent_skill}; a change of the
 * skills counts as a change of the profile, so that it carries the version the edit was based on.
 */
@Entity
@Table(name = "agent_profile")
public class AgentProfile {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "away", nullable = false)
  private boolean away;

  /** The most open tickets auto-assignment gives this agent; {@code null} = no limit. */
  @Column(name = "capacity")
  private Integer capacity;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected AgentProfile() {}

  public AgentProfile(String username) {
    this.username = Objects.requireNonNull(username, "username");
  }

  public void define(boolean away, Integer capacity) {
    if (capacity != null && capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative");
    }
    this.away = away;
    this.capacity = capacity;
  }

  public void setAway(boolean away) {
    this.away = away;
  }

  public String getUsername() {
    return username;
  }

  public boolean isAway() {
    return away;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public long getVersion() {
    return version;
  }
}
