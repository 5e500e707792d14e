package id.loket.followup.web;

import id.loket.followup.boundary.FollowUp;
import id.loket.followup.boundary.FollowUpState;
import id.loket.followup.boundary.ReasonRequest;
import id.loket.followup.boundary.SatisfactionRequest;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.FieldMessages;
import id.loket.ticket.web.TicketViewBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The follow-up part of the ticket page: close and rate, reopen with a reason, escalate. Each
 * action sends the version the page shows and then reloads the page (with its message), so the
 * status, conversation and history shown are the ticket's new ones.
 */
@Named
@ViewScoped
public class FollowUpBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FollowUp followUp;
  @Inject TicketViewBean page;

  private FollowUpState state;
  private Integer rating;
  private String ratingComment;
  private String reopenReason;
  private String escalationReason;

  /** The follow-up state of the ticket the page shows ({@code null} if it shows none). */
  public FollowUpState getState() {
    if (state == null && page.getTicket() != null) {
      state = followUp.state(page.getTicket().number());
    }
    return state;
  }

  public String close() {
    return act(
        "rateForm",
        "followup.closed",
        () ->
            followUp.rate(
                number(),
                new SatisfactionRequest(rating, ratingComment),
                page.getTicket().version()));
  }

  public String reopen() {
    return act(
        "reopenForm",
        "followup.reopened",
        () ->
            followUp.reopen(number(), new ReasonRequest(reopenReason), page.getTicket().version()));
  }

  public String escalate() {
    return act(
        "escalateForm",
        "followup.escalated",
        () ->
            followUp.escalate(
                number(), new ReasonRequest(escalationReason), page.getTicket().version()));
  }

  private String act(String form, String done, Runnable action) {
    try {
      action.run();
      FieldMessages.keepForRedirect();
      FacesErrors.info(done, number());
      return "/tickets/view?faces-redirect=true&number=" + number();
    } catch (RuntimeException e) {
      FieldMessages.show(e, form);
      return null;
    }
  }

  private String number() {
    return page.getTicket().number();
  }

  public List<Integer> getRatings() {
    return List.of(5, 4, 3, 2, 1);
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public void setRatingComment(String ratingComment) {
    this.ratingComment = ratingComment;
  }

  public String getReopenReason() {
    return reopenReason;
  }

  public void setReopenReason(String reopenReason) {
    this.reopenReason = reopenReason;
  }

  public String getEscalationReason() {
    return escalationReason;
  }

  public void setEscalationReason(String escalationReason) {
    this.escalationReason = escalationReason;
  }
}
