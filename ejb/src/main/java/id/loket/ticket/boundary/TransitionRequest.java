package id.loket.ticket.boundary;

import id.loket.ticket.entity.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to move a ticket to another status. Moving to {@code ASSIGNED} assigns it to {@code
 * assignee}, or to the caller when no assignee is given (claiming).
 */
public class TransitionRequest {

  @NotNull(message = "{transition.to.required}")
  private TicketStatus to;

  @Size(max = 64)
  private String assignee;

  public TransitionRequest() {}

  public TransitionRequest(TicketStatus to, String assignee) {
    this.to = to;
    this.assignee = assignee;
  }

  public TicketStatus getTo() {
    return to;
  }

  public void setTo(TicketStatus to) {
    this.to = to;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }
}
