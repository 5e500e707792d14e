package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A staff re-assessment: impact × urgency (the priority follows), the category and, optionally, the
 * request type ({@code null}: the ticket keeps the type it has). A new type brings its own category
 * when the category sent is the ticket's current one.
 */
public class Classification {

  @NotNull(message = "{ticket.impact.required}")
  private Impact impact;

  @NotNull(message = "{ticket.urgency.required}")
  private Urgency urgency;

  @NotBlank(message = "{ticket.category.required}")
  @PlainText
  @Size(max = 40, message = "{ticket.category.required}")
  private String category;

  @PlainText
  @Size(max = 40, message = "{catalog.type.unknown}")
  private String type;

  public Classification() {}

  public Classification(Impact impact, Urgency urgency, String category) {
    this.impact = impact;
    this.urgency = urgency;
    setCategory(category);
  }

  public Classification(Impact impact, Urgency urgency, String category, String type) {
    this(impact, urgency, category);
    setType(type);
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

  public String getType() {
    return type;
  }

  public void setType(String type) {
    String clean = Text.clean(type);
    this.type = clean == null || clean.isBlank() ? null : clean;
  }
}
