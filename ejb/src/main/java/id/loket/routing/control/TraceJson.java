package id.loket.routing.control;

import id.loket.routing.control.RoutingTrace.Candidate;
import id.loket.routing.control.RoutingTrace.Condition;
import id.loket.routing.control.RoutingTrace.MissingSkill;
import id.loket.routing.control.RoutingTrace.Outcome;
import id.loket.routing.control.RoutingTrace.WinReason;
import id.loket.routing.entity.AssignmentMode;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.SkillLevel;
import id.loket.shared.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link RoutingTrace} as the JSON document stored with each decision ({@code
 * ticket_routing.trace}) and back, so that a decision is rendered in the reader's language years
 * later. The team's name is stored in both languages ({@code teamName}, {@code teamNameId}).
 */
public final class TraceJson {

  private static final JsonProvider JSON = JsonProvider.provider();

  private TraceJson() {}

  public static String write(RoutingTrace t, String teamNameId) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    if (t.ruleOrder() != null) {
      o.add("ruleOrder", t.ruleOrder());
    }
    o.add(
        "conditions",
        array(
            t.conditions(),
            c -> obj().add("attribute", c.attribute().name()).add("value", c.value()).build()));
    o.add("team", t.team()).add("teamName", t.teamName());
    if (teamNameId != null) {
      o.add("teamNameId", teamNameId);
    }
    o.add(
        "requiredSkills",
        array(
            t.requiredSkills(),
            s -> obj().add("skill", s.skill()).add("level", s.level()).build()));
    if (t.mode() != null) {
      o.add("mode", t.mode().name());
    }
    o.add("outcome", t.outcome().name());
    o.add("candidates", array(t.candidates(), TraceJson::candidate));
    if (t.assignee() != null) {
      o.add("assignee", t.assignee());
    }
    if (t.winReason() != null) {
      o.add("winReason", t.winReason().name());
    }
    return o.build().toString();
  }

  /**
   * @param indonesian whether the team's Indonesian name is wanted
   */
  public static RoutingTrace read(String json, boolean indonesian) {
    JsonObject o;
    try (var reader = Json.createReader(json)) {
      o = reader.readObject();
    }
    String name = o.getString("teamName", o.getString("team"));
    if (indonesian) {
      name = o.getString("teamNameId", name);
    }
    return new RoutingTrace(
        o.containsKey("ruleOrder") ? o.getInt("ruleOrder") : null,
        list(
            o.getJsonArray("conditions"),
            c ->
                new Condition(
                    RuleAttribute.valueOf(c.getString("attribute")), c.getString("value"))),
        o.getString("team"),
        name,
        list(
            o.getJsonArray("requiredSkills"),
            s -> new SkillLevel(s.getString("skill"), s.getInt("level"))),
        o.containsKey("mode") ? AssignmentMode.valueOf(o.getString("mode")) : null,
        Outcome.valueOf(o.getString("outcome")),
        list(o.getJsonArray("candidates"), TraceJson::candidate),
        o.getString("assignee", null),
        o.containsKey("winReason") ? WinReason.valueOf(o.getString("winReason")) : null);
  }

  private static JsonObject candidate(Candidate c) {
    JsonObjectBuilder b =
        obj()
            .add("userName", c.userName())
            .add("eligible", c.eligible())
            .add("away", c.away())
            .add(
                "missingSkills",
                array(
                    c.missingSkills(),
                    m ->
                        obj()
                            .add("skill", m.skill())
                            .add("has", m.has())
                            .add("needed", m.needed())
                            .build()))
            .add("atCapacity", c.atCapacity())
            .add("load", c.load())
            .add("capacity", c.capacity())
            .add("skillsMet", c.skillsMet())
            .add("skillsRequired", c.skillsRequired())
            .add("skillScore", c.skillScore());
    if (c.lastAssignedAt() != null) {
      b.add("lastAssignedAt", c.lastAssignedAt().toString());
    }
    return b.build();
  }

  private static Candidate candidate(JsonObject c) {
    return new Candidate(
        c.getString("userName"),
        c.getBoolean("eligible"),
        c.getBoolean("away"),
        list(
            c.getJsonArray("missingSkills"),
            m -> new MissingSkill(m.getString("skill"), m.getInt("has"), m.getInt("needed"))),
        c.getBoolean("atCapacity"),
        c.getInt("load"),
        c.getInt("capacity"),
        c.getInt("skillsMet"),
        c.getInt("skillsRequired"),
        c.getInt("skillScore"),
        c.containsKey("lastAssignedAt") ? Instant.parse(c.getString("lastAssignedAt")) : null);
  }

  private static JsonObjectBuilder obj() {
    return JSON.createObjectBuilder();
  }

  private static <T> JsonArray array(List<T> items, Function<T, JsonValue> f) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    items.forEach(i -> a.add(f.apply(i)));
    return a.build();
  }

  private static <T> List<T> list(JsonArray a, Function<JsonObject, T> f) {
    return a == null ? List.of() : a.getValuesAs(JsonObject.class).stream().map(f).toList();
  }
}
