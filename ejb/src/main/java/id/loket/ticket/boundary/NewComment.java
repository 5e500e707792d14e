package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.ticket.entity.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply or an internal note. Without a visibility it is a public reply. */
public class NewComment {

  @NotBlank(message = "{comment.body.required}")
  @PlainText
  @Size(max = 10000, message = "{comment.body.size}")
  private String body;

  private Visibility visibility = Visibility.PUBLIC;

  /** Staff: the minutes spent on this reply or note (optional). */
  @jakarta.validation.constraints.Min(value = 1, message = "{comment.minutes.range}")
  @jakarta.validation.constraints.Max(value = 1440, message = "{comment.minutes.range}")
  private Integer minutesSpent;

  public NewComment() {}

  public NewComment(String body, Visibility visibility) {
    setBody(body);
    this.visibility = visibility;
  }

  public String getBody() {
    return body;
  }

  /** Cleans the text ({@link Text#clean(String)}) before it is validated. */
  public void setBody(String body) {
    this.body = Text.clean(body);
  }

  public Visibility getVisibility() {
    return visibility == null ? Visibility.PUBLIC : visibility;
  }

  public void setVisibility(Visibility visibility) {
    this.visibility = visibility;
  }

  public Integer getMinutesSpent() {
    return minutesSpent;
  }

  public void setMinutesSpent(Integer minutesSpent) {
    this.minutesSpent = minutesSpent;
  }
}
