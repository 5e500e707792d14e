package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Add my report to this ticket": what the caller was about to submit as a new ticket ({@code
 * text}) and the category they chose ({@code category}, optional), see {@link Watchers#join}.
 */
public class TicketReport {

  @NotBlank(message = "{comment.body.required}")
  @PlainText
  @Size(max = 10000, message = "{comment.body.size}")
  private String text;

  @PlainText
  @Size(max = 40, message = "{ticket.category.unknown}")
  private String category;

  public TicketReport() {}

  public TicketReport(String text, String category) {
    setText(text);
    setCategory(category);
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = Text.clean(text);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Text.clean(category);
  }
}
