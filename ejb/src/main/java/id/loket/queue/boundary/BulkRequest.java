package id.loket.queue.boundary;

import id.loket.shared.InvalidFieldException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk action on selected rows: {@code ASSIGN} (to {@code assignee}), {@code STATUS} (to {@code
 * status}) or {@code TEAM} (move to {@code team}); each item ({@code {"number", "version"}}) names
 * a ticket and the version the caller's row showed.
 */
public class BulkRequest {

  /** What to do with every selected row. */
  public enum Action {
    ASSIGN,
    STATUS,
    TEAM
  }

  /** A selected row: its ticket number and the version shown. */
  public record Item(String number, long version) {}

  private Action action;
  private String assignee;
  private String status;
  private String team;
  private JsonArray items;

  public BulkRequest() {}

  public BulkRequest(Action action, String assignee, String status, List<Item> items) {
    this.action = action;
    this.assignee = assignee;
    this.status = status;
    var array = jakarta.json.Json.createArrayBuilder();
    items.forEach(
        i ->
            array.add(
                jakarta.json.Json.createObjectBuilder()
                    .add("number", i.number())
                    .add("version", i.version())));
    this.items = array.build();
  }

  /**
   * @throws InvalidFieldException naming {@code items} unless each is {@code {number, version}}
   */
  public List<Item> itemList(int max) {
    if (items == null || items.isEmpty() || items.size() > max) {
      throw new InvalidFieldException("items", "queue.bulk.items.invalid", max);
    }
    List<Item> list = new ArrayList<>();
    for (JsonValue v : items) {
      if (!(v instanceof JsonObject o)
          || o.size() != 2
          || !(o.get("number") instanceof JsonString n)
          || !(o.get("version") instanceof JsonNumber version)
          || !version.isIntegral()) {
        throw new InvalidFieldException("items", "queue.bulk.items.invalid", max);
      }
      list.add(new Item(n.getString().strip(), version.longValue()));
    }
    return list;
  }

  public Action getAction() {
    return action;
  }

  public void setAction(Action action) {
    this.action = action;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public JsonArray getItems() {
    return items;
  }

  public void setItems(JsonArray items) {
    this.items = items;
  }
}
