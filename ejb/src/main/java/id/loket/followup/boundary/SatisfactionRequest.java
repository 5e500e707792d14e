package id.loket.followup.boundary;

import id.loket.shared.Text;

/** A rating (1-5) and an optional comment, given when (or after) the requester closes a ticket. */
public class SatisfactionRequest {

  private Integer rating;
  private String comment;

  public SatisfactionRequest() {}

  public SatisfactionRequest(Integer rating, String comment) {
    this.rating = rating;
    setComment(comment);
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = Text.clean(comment);
  }
}
