package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom a ticket goes to, and why (optional; kept as an internal note). */
public class Reassignment {

  @NotBlank(message = "{reassign.assignee.required}")
  @PlainText
  @Size(max = 64, message = "{reassign.assignee.size}")
  private String assignee;

  @Size(max = 2000, message = "{reassign.reason.size}")
  private String reason;

  public Reassignment() {}

  public Reassignment(String assignee, String reason) {
    setAssignee(assignee);
    setReason(reason);
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = Text.clean(assignee);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = Text.clean(reason);
  }
}
