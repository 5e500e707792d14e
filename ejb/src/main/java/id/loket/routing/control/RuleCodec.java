package id.loket.routing.control;

import id.loket.routing.entity.RoutingRule;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.RuleEntry;
import id.loket.routing.entity.SkillLevel;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the conditions and required skills of a rule from the JSON an administrator sends (and that
 * {@code routing_rule} stores) and writes them back, reporting each bad part by field: {@code
 * conditions} ({@code {"CATEGORY": ["network"], "KEYWORD": ["vpn"]}}, attributes as {@link
 * RuleAttribute}) and {@code requiredSkills} ({@code [{"skill": "network", "level": 2}]}, levels
 * 1–3 as agents have them).
 */
public final class RuleCodec {

  public static final int MAX_LEVEL = 3;
  private static final int MAX_VALUE = 200;
  private static final JsonProvider JSON = JsonProvider.provider();

  private RuleCodec() {}

  /** The conditions; every problem is added to {@code bad}. */
  public static Map<RuleAttribute, Set<String>> conditions(
      JsonObject json, List<InvalidFieldException.Field> bad) {
    Map<RuleAttribute, Set<String>> map = new EnumMap<>(RuleAttribute.class);
    if (json == null) {
      return map;
    }
    json.forEach(
        (name, value) -> {
          RuleAttribute attribute;
          try {
            attribute = RuleAttribute.valueOf(name);
          } catch (IllegalArgumentException e) {
            bad.add(new InvalidFieldException.Field("conditions." + name, "routing.attribute"));
            return;
          }
          Set<String> values = new LinkedHashSet<>();
          if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
              if (v instanceof JsonString s
                  && !s.getString().isBlank()
                  && s.getString().length() <= MAX_VALUE) {
                values.add(s.getString().strip());
              } else {
                values.clear();
                break;
              }
            }
          }
          if (values.isEmpty()) {
            bad.add(new InvalidFieldException.Field("conditions." + name, "routing.values"));
          } else {
            map.put(attribute, values);
          }
        });
    return map;
  }

  /** The required skills; every problem is added to {@code bad}. */
  public static List<SkillLevel> skills(JsonArray json, List<InvalidFieldException.Field> bad) {
    List<SkillLevel> skills = new ArrayList<>();
    if (json == null) {
      return skills;
    }
    for (int i = 0; i < json.size(); i++) {
      JsonValue v = json.get(i);
      if (v instanceof JsonObject o
          && o.get("skill") instanceof JsonString s
          && !s.getString().isBlank()
          && s.getString().length() <= 40
          && o.get("level") instanceof JsonNumber n
          && n.isIntegral()
          && n.intValue() >= 1
          && n.intValue() <= MAX_LEVEL
          && o.size() == 2) {
        skills.add(new SkillLevel(s.getString(), n.intValue()));
      } else {
        bad.add(new InvalidFieldException.Field("requiredSkills[" + i + "]", "routing.skill"));
      }
    }
    return skills;
  }

  public static String write(Map<RuleAttribute, Set<String>> conditions) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    conditions.forEach(
        (attribute, values) -> {
          JsonArrayBuilder a = JSON.createArrayBuilder();
          values.forEach(a::add);
          o.add(attribute.name(), a);
        });
    return o.build().toString();
  }

  public static String write(List<SkillLevel> skills) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    skills.forEach(
        s -> a.add(JSON.createObjectBuilder().add("skill", s.skill()).add("level", s.level())));
    return a.build().toString();
  }

  /** The stored rule as the engine takes it. */
  public static RoutingRule rule(RuleEntry e) {
    List<InvalidFieldException.Field> ignored = new ArrayList<>();
    return new RoutingRule(
        e.getPosition(),
        e.getTeam(),
        conditions(read(e.getConditions()).asJsonObject(), ignored),
        skills(read(e.getRequiredSkills()).asJsonArray(), ignored));
  }

  static JsonValue read(String json) {
    try (var reader = Json.createReader(json)) {
      return reader.readValue();
    }
  }
}
