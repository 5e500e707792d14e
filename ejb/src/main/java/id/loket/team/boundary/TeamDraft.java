package id.loket.team.boundary;

import id.loket.shared.Text;
import id.loket.team.entity.AssignmentMode;

/** What an administrator sets on a team (the API's body and the admin page's form). */
public class TeamDraft {

  private String nameEn;
  private String nameId;
  private AssignmentMode assignmentMode = AssignmentMode.LEAST_LOADED;
  private boolean autoAssign;
  private boolean active = true;
  private String calendar;

  public static TeamDraft of(TeamView t) {
    TeamDraft d = new TeamDraft();
    d.nameEn = t.nameEn();
    d.nameId = t.nameId();
    d.assignmentMode = AssignmentMode.valueOf(t.assignmentMode());
    d.autoAssign = t.autoAssign();
    d.active = t.active();
    d.calendar = t.calendar();
    return d;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = Text.cleanOrNull(nameEn);
  }

  public String getNameId() {
    return nameId;
  }

  public void setNameId(String nameId) {
    this.nameId = Text.cleanOrNull(nameId);
  }

  public AssignmentMode getAssignmentMode() {
    return assignmentMode;
  }

  public void setAssignmentMode(AssignmentMode assignmentMode) {
    this.assignmentMode = assignmentMode;
  }

  public boolean isAutoAssign() {
    return autoAssign;
  }

  public void setAutoAssign(boolean autoAssign) {
    this.autoAssign = autoAssign;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** The team's own SLA calendar by code; {@code null} or empty: each policy's calendar. */
  public String getCalendar() {
    return calendar;
  }

  public void setCalendar(String calendar) {
    this.calendar = Text.cleanOrNull(calendar);
  }
}
