package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A staff re-assessment: impact × urgency (the priority follows) and the category. */
public class Classification {

  @NotNull(message = "{ticket.impact.required}")
  private Impact impact;

  @NotNull(message = "{ticket.urgency.required}")
  private Urgency urgency;

  @NotBlank(message = "{ticket.category.required}")
  @PlainText
  @Size(max = 40, message = "{ticket.category.required}")
  private String category;

  public Classification() {}

  public Classification(Impact impact, Urgency urgency, String category) {
    this.impact = impact;
    this.urgency = urgency;
    setCategory(category);
  }

  public Impact getImpact() {
    return impact;
  }

  public void setImpact(Impact impact) {
    this.impact = impact;
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Text.clean(category);
  }
}
