package id.loket.identity.boundary;

import id.loket.shared.Text;

/**
 * A user's department and location afterwards, as an administrator sends them: {@code
 * {"department": "Finance", "location": "Jakarta"}}; absent, null or blank means unknown.
 */
public class PlacementDraft {

  private String department;
  private String location;

  public PlacementDraft() {}

  public PlacementDraft(String department, String location) {
    setDepartment(department);
    setLocation(location);
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = Text.cleanOrNull(department);
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = Text.cleanOrNull(location);
  }
}
