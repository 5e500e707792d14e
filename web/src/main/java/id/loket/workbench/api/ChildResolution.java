package id.loket.workbench.api;

import id.loket.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The public message that resolves a parent's children: {@code {"message": "…"}}. */
public class ChildResolution {

  @NotBlank(message = "{comment.body.required}")
  @Size(max = 10000, message = "{comment.body.size}")
  private String message;

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = Text.clean(message);
  }
}
