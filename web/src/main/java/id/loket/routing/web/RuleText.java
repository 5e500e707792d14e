package id.loket.routing.web;

import id.loket.routing.boundary.RuleView;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The conditions and skills of a rule as an administrator types them on the page — one condition
 * per line, {@code CATEGORY=network, vpn}; skills as {@code network=2, sap=1} — and back. Parsing
 * is lenient about blanks and case of the attribute; what it cannot read (no {@code =}, a level
 * that is no number) is passed on as is, for the boundary to name the field.
 */
public final class RuleText {

  private RuleText() {}

  public static JsonObject conditions(String text) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    if (text == null) {
      return o.build();
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      String attribute = (eq < 0 ? line : line.substring(0, eq)).strip().toUpperCase(Locale.ROOT);
      JsonArrayBuilder values = Json.createArrayBuilder();
      if (eq >= 0) {
        for (String v : line.substring(eq + 1).split(",")) {
          if (!v.isBlank()) {
            values.add(v.strip());
          }
        }
      }
      o.add(attribute, values);
    }
    return o.build();
  }

  public static JsonArray skills(String text) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Map.Entry<String, String> e : pairs(text)) {
      JsonObjectBuilder s = Json.createObjectBuilder().add("skill", e.getKey());
      try {
        s.add("level", Integer.parseInt(e.getValue()));
      } catch (NumberFormatException notANumber) {
        s.add("level", e.getValue());
      }
      a.add(s);
    }
    return a.build();
  }

  /** {@code a=1, b=2} as pairs (a missing value is empty). */
  public static List<Map.Entry<String, String>> pairs(String text) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (text == null) {
      return pairs;
    }
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).strip();
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      pairs.add(Map.entry(key, value));
    }
    return pairs;
  }

  public static String conditions(RuleView r) {
    return r.conditions().entrySet().stream()
        .map(e -> e.getKey() + "=" + String.join(", ", e.getValue()))
        .collect(Collectors.joining("\n"));
  }

  public static String skills(RuleView r) {
    return r.requiredSkills().stream()
        .map(s -> s.skill() + "=" + s.level())
        .collect(Collectors.joining(", "));
  }
}
