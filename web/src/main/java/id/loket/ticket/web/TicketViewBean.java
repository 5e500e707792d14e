package id.loket.ticket.web;

import id.loket.platform.web.FacesErrors;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One ticket by number, with its conversation and history; reply and move it. */
@Named
@ViewScoped
public class TicketViewBean implements Serializable {

  @Inject transient TicketService tickets;

  private String number;
  private TicketDetails ticket;
  private NewComment comment = new NewComment();

  /** f:viewAction: loads the ticket named by the view parameter. */
  public void load() {
    if (number == null || number.isBlank()) {
      return;
    }
    try {
      ticket = tickets.get(number.strip());
    } catch (RuntimeException e) {
      ticket = null;
      FacesErrors.show(e, "commentForm");
    }
  }

  public void addComment() {
    try {
      ticket = tickets.comment(ticket.number(), comment);
      comment = new NewComment();
      FacesErrors.info("comment.added");
    } catch (RuntimeException e) {
      FacesErrors.show(e, "commentForm");
    }
  }

  public void move(TicketStatus target) {
    try {
      ticket = tickets.transition(ticket.number(), new TransitionRequest(target, null));
      FacesErrors.info("transition.done", ticket.number());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "commentForm");
    }
  }

  public List<TicketStatus> getTransitions() {
    return ticket == null ? List.of() : ticket.allowedTransitions().stream().sorted().toList();
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public TicketDetails getTicket() {
    return ticket;
  }

  public NewComment getComment() {
    return comment;
  }
}
