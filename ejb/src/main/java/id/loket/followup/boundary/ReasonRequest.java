package id.loket.followup.boundary;

import id.loket.shared.Text;

/** Why the requester reopens or escalates a ticket (required, at most 2000 characters). */
public class ReasonRequest {

  private String reason;

  public ReasonRequest() {}

  public ReasonRequest(String reason) {
    setReason(reason);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = Text.clean(reason);
  }
}
