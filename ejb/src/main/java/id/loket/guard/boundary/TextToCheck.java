package id.loket.guard.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A text to check before it is sent: {@code {"text": "…"}}. */
public class TextToCheck {

  @NotNull(message = "{guard.text.required}")
  @PlainText
  @Size(max = 20000, message = "{guard.text.size}")
  private String text;

  public TextToCheck() {}

  public TextToCheck(String text) {
    setText(text);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = Text.clean(text);
  }
}
