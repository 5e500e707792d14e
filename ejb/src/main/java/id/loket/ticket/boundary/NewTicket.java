package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a requester submits. The same object backs the JSF form and the REST body, so the
 * constraints (and their translated messages) are declared once, here. The setters clean each text
 * ({@link Text#clean(String)}: NFC, every kind of white space trimmed) before anything validates
 * it, so a title of only no-break or zero-width spaces is as empty on the page as in the API.
 */
@CategoryOrType
public class NewTicket {

  @NotBlank(message = "{ticket.title.required}")
  @PlainText
  @Size(max = 200, message = "{ticket.title.size}")
  private String title;

  @NotBlank(message = "{ticket.description.required}")
  @PlainText
  @Size(max = 10000, message = "{ticket.description.size}")
  private String description;

  /** Required unless a {@link #type} is given (then derived from it): {@link CategoryOrType}. */
  @PlainText
  @Size(max = 40, message = "{ticket.category.unknown}")
  private String category;

  /** The catalog's request type (its code); its form's values are {@link #fields}. */
  @PlainText
  @Size(max = 40, message = "{catalog.type.size}")
  private String type;

  /** The values of the type's form by field key; checked by the catalog. */
  private JsonObject fields;

  /** Phone intake: the user the ticket is for (staff only); {@code null}: the caller. */
  @PlainText
  @Size(max = 64, message = "{catalog.requester.size}")
  private String requester;

  @NotNull(message = "{ticket.impact.required}")
  private Impact impact;

  @NotNull(message = "{ticket.urgency.required}")
  private Urgency urgency;

  public NewTicket() {}

  public NewTicket(
      String title, String description, String category, Impact impact, Urgency urgency) {
    setTitle(title);
    setDescription(description);
    setCategory(category);
    this.impact = impact;
    this.urgency = urgency;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Text.clean(title);
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = Text.clean(description);
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
    this.type = Text.cleanOrNull(type);
  }

  public JsonObject getFields() {
    return fields;
  }

  public void setFields(JsonObject fields) {
    this.fields = fields;
  }

  public String getRequester() {
    return requester;
  }

  public void setRequester(String requester) {
    this.requester = Text.cleanOrNull(requester);
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
