package id.loket.ticket.boundary;

import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a requester submits. The same object backs the JSF form and the REST body, so the
 * constraints (and their translated messages) are declared once, here.
 */
public class NewTicket {

  @NotBlank(message = "{ticket.title.required}")
  @Size(max = 200, message = "{ticket.title.size}")
  private String title;

  @NotBlank(message = "{ticket.description.required}")
  @Size(max = 10000, message = "{ticket.description.size}")
  private String description;

  @NotBlank(message = "{ticket.category.required}")
  @Size(max = 40, message = "{ticket.category.unknown}")
  private String category;

  @NotNull(message = "{ticket.impact.required}")
  private Impact impact;

  @NotNull(message = "{ticket.urgency.required}")
  private Urgency urgency;

  public NewTicket() {}

  public NewTicket(
      String title, String description, String category, Impact impact, Urgency urgency) {
    this.title = title;
    this.description = description;
    this.category = category;
    this.impact = impact;
    this.urgency = urgency;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
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
}
