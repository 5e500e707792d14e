package id.loket.ticket.boundary;

import jakarta.json.JsonObject;

/**
 * The body of {@code PUT /api/tickets/{number}/fields}: every value of the ticket's form afterwards
 * (a field left out or empty is cleared), checked by the catalog against the ticket's type.
 */
public class FieldValues {

  private JsonObject fields;

  public JsonObject getFields() {
    return fields;
  }

  public void setFields(JsonObject fields) {
    this.fields = fields;
  }
}
