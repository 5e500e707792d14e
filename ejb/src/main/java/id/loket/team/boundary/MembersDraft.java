package id.loket.team.boundary;

import id.loket.shared.InvalidFieldException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The members a team has afterwards, as the API sends them: {@code {"members": [{"username":
 * "sari", "lead": false}]}}.
 */
public class MembersDraft {

  private JsonArray members;

  public JsonArray getMembers() {
    return members;
  }

  public void setMembers(JsonArray members) {
    this.members = members;
  }

  /**
   * @throws InvalidFieldException naming each entry that is not {@code {username, lead?}}
   */
  public List<TeamView.Member> parsed() {
    if (members == null) {
      throw new InvalidFieldException("members", "team.members.invalid");
    }
    List<TeamView.Member> list = new ArrayList<>();
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      JsonValue v = members.get(i);
      String field = "members[" + i + "]";
      if (!(v instanceof JsonObject o)
          || !(o.get("username") instanceof JsonString name)
          || !o.keySet().stream().allMatch(k -> k.equals("username") || k.equals("lead"))
          || (o.containsKey("lead")
              && o.get("lead") != JsonValue.TRUE
              && o.get("lead") != JsonValue.FALSE)) {
        bad.add(new InvalidFieldException.Field(field, "team.members.invalid"));
        continue;
      }
      list.add(new TeamView.Member(name.getString().strip(), o.get("lead") == JsonValue.TRUE));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return list;
  }
}
