package id.loket.team.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A team (queue) of the service desk. Its members and leads are rows of {@code team_member}; a
 * change of the members counts as a change of the team (the boundary forces its version on), so
 * that two leads editing the same roster cannot overwrite each other.
 *
 * <p>A team is retired rather than deleted ({@code active} false): tickets, rules and request types
 * keep pointing at it, but routing no longer sends new tickets there.
 */
@Entity
@Table(name = "team")
public class Team {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "name_en", length = 120, nullable = false)
  private String nameEn;

  @Column(name = "name_id", length = 120, nullable = false)
  private String nameId;

  @Enumerated(EnumType.STRING)
  @Column(name = "assignment_mode", length = 16, nullable = false)
  private AssignmentMode assignmentMode = AssignmentMode.LEAST_LOADED;

  /** The member routing assigned last (round robin continues after them). */
  @Column(name = "last_assigned", length = 64)
  private String lastAssigned;

  @Column(name = "auto_assign", nullable = false)
  private boolean autoAssign;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** The SLA calendar the team works on; {@code null}: each policy's own. */
  @Column(name = "calendar_code", length = 40)
  private String calendarCode;

  /** For JPA only. */
  protected Team() {}

  public Team(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Sets what an administrator edits; the caller has checked the values. */
  public void define(
      String nameEn, String nameId, AssignmentMode mode, boolean autoAssign, boolean active) {
    this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
    this.nameId = Objects.requireNonNull(nameId, "nameId");
    this.assignmentMode = Objects.requireNonNull(mode, "mode");
    this.autoAssign = autoAssign;
    this.active = active;
  }

  /** Remembers who routing assigned last, for the next turn of round robin. */
  public void assigned(String username) {
    this.lastAssigned = username;
  }

  public String getCode() {
    return code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameId() {
    return nameId;
  }

  public AssignmentMode getAssignmentMode() {
    return assignmentMode;
  }

  public String getLastAssigned() {
    return lastAssigned;
  }

  public boolean isAutoAssign() {
    return autoAssign;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  public String getCalendarCode() {
    return calendarCode;
  }

  /** The team's own SLA calendar ({@code null}: none); the caller has checked that it exists. */
  public void setCalendarCode(String calendarCode) {
    this.calendarCode = calendarCode;
  }
}
