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
}
