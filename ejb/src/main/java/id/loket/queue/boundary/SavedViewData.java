package id.loket.queue.boundary;

import jakarta.json.JsonObject;

/** What a caller sends to save a view: its name and its definition (view, team, sort, filters). */
public class SavedViewData {

  private String name;
  private JsonObject definition;

  public SavedViewData() {}

  public SavedViewData(String name, JsonObject definition) {
    this.name = name;
    this.definition = definition;
  }

  public String name() {
    return name;
  }

  public JsonObject definition() {
    return definition;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public JsonObject getDefinition() {
    return definition;
  }

  public void setDefinition(JsonObject definition) {
    this.definition = definition;
  }
}
