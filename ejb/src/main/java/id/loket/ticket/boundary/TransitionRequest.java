package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.ticket.entity.TicketStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to move a ticket to another status. Moving to {@code ASSIGNED} assigns it to {@code
 * assignee}, or to the caller when no assignee is given (claiming). An assignee given as nothing
 * but white space is not "no assignee": it is cleaned to an empty text, which the service refuses.
 */
public class TransitionRequest {

  @NotNull(message = "{transition.to.required}")
  private TicketStatus to;

  @Size(max = 64, message = "{transition.assignee.size}")
  @PlainText
  private String assignee;

  public TransitionRequest() {}

  public TransitionRequest(TicketStatus to, String assignee) {
    this.to = to;
    setAssignee(assignee);
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

  /** Cleans the text ({@link Text#clean(String)}) before it is validated. */
  public void setAssignee(String assignee) {
    this.assignee = Text.clean(assignee);
  }
}
