package id.loket.sla.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SLA preview as an administrator types it, and its translation into the preview request of the
 * API. Hours per weekday as {@code 08:00-12:00, 13:00-17:00}; one holiday per line ({@code
 * 2026-12-25}, or {@code 2026-12-24 08:00-12:00} for a half day); local times in the calendar's
 * zone ({@code 2026-11-23 08:00}); one pause per line ({@code 2026-11-20 14:00 - 2026-11-23 09:00},
 * or an open one ending in {@code -}).
 */
public class PreviewForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final Pattern STRETCH =
      Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
  private static final String TIME = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{1,2}:\\d{2}";
  private static final Pattern PAUSE =
      Pattern.compile("(" + TIME + ")\\s*(?:-|–|→|to)\\s*(" + TIME + ")?");

  private String zone = "Asia/Jakarta";
  private boolean twentyFourSeven;
  private final EnumMap<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
  private String holidays = "";
  private Integer targetMinutes = 240;
  private String start = "";
  private String pauses = "";

  /** Monday to Friday 08–12 and 13–17 in Jakarta, a 4-hour target from next Monday 08:00. */
  static PreviewForm officeHours() {
    PreviewForm f = new PreviewForm();
    for (DayOfWeek d : DayOfWeek.values()) {
      f.week.put(d, d.getValue() <= 5 ? "08:00-12:00, 13:00-17:00" : "");
    }
    LocalDate monday =
        LocalDate.now(ZoneId.of(f.zone))
            .with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
    f.start = monday.atTime(8, 0).format(LOCAL);
    return f;
  }

  /** Text that is not in the shape the page asks for: input id → message key. */
  public static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> fields;

    BadInput(Map<String, String> fields) {
      super("bad input: " + fields.keySet());
      this.fields = fields;
    }

    public Map<String, String> fields() {
      return fields;
    }
  }

  /** The input that shows an API field's refusal ({@code null}: shown above the form). */
  static String inputOf(String field) {
    if (field.startsWith("calendar.week.")) {
      String day = field.substring("calendar.week.".length()).replaceAll("\\[.*", "");
      return "week" + day;
    }
    if (field.startsWith("calendar.holidays")) {
      return "holidays";
    }
    if (field.startsWith("pauses")) {
      return "pauses";
    }
    return switch (field) {
      case "calendar.zone" -> "zone";
      case "targetMinutes" -> "target";
      case "start" -> "start";
      default -> null;
    };
  }

  /**
   * @throws BadInput naming each input whose text is not in the asked shape
   */
  JsonObject toRequest() {
    Map<String, String> bad = new LinkedHashMap<>();
    ZoneId z = null;
    try {
      z = ZoneId.of(zone == null ? "" : zone.strip());
    } catch (DateTimeException e) {
      bad.put("zone", "sla.preview.zone");
    }
    JsonObjectBuilder calendar =
        Json.createObjectBuilder().add("zone", zone == null ? "" : zone.strip());
    if (twentyFourSeven) {
      calendar.add("twentyFourSeven", true);
    } else {
      JsonObjectBuilder w = Json.createObjectBuilder();
      for (DayOfWeek d : DayOfWeek.values()) {
        String text = week.getOrDefault(d, "");
        JsonArrayBuilder stretches = stretches(text);
        if (stretches == null) {
          bad.put("week" + d, "sla.preview.hours");
        } else {
          w.add(d.name(), stretches);
        }
      }
      calendar.add("week", w);
    }
    JsonArrayBuilder h = Json.createArrayBuilder();
    for (String line : lines(holidays)) {
      String[] parts = line.split("\\s+", 2);
      JsonArrayBuilder hours = parts.length > 1 ? stretches(parts[1]) : null;
      if (parts.length > 1 && hours == null) {
        bad.put("holidays", "sla.preview.hours");
      } else if (parts.length > 1) {
        h.add(Json.createObjectBuilder().add("date", parts[0]).add("hours", hours));
      } else {
        h.add(parts[0]);
      }
    }
    calendar.add("holidays", h);
    JsonObjectBuilder request = Json.createObjectBuilder().add("calendar", calendar);
    if (targetMinutes == null) {
      bad.put("target", "sla.preview.target");
    } else {
      request.add("targetMinutes", targetMinutes);
    }
    String startUtc = z == null ? null : instant(start, z);
    if (startUtc == null && z != null) {
      bad.put("start", "sla.preview.local");
    } else if (startUtc != null) {
      request.add("start", startUtc);
    }
    JsonArrayBuilder p = Json.createArrayBuilder();
    for (String line : lines(pauses)) {
      Matcher m = PAUSE.matcher(line);
      String from = m.matches() && z != null ? instant(m.group(1), z) : null;
      String to = m.matches() && m.group(2) != null && z != null ? instant(m.group(2), z) : null;
      if (from == null || (m.group(2) != null && to == null)) {
        bad.put("pauses", "sla.preview.pauseLine");
      } else {
        JsonObjectBuilder one = Json.createObjectBuilder().add("from", from);
        if (to == null) {
          one.addNull("to");
        } else {
          one.add("to", to);
        }
        p.add(one);
      }
    }
    request.add("pauses", p);
    if (!bad.isEmpty()) {
      throw new BadInput(bad);
    }
    return request.build();
  }

  private static JsonArrayBuilder stretches(String text) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String part : text.split("[,;]")) {
      Matcher m = STRETCH.matcher(part.strip());
      if (!m.matches()) {
        return null;
      }
      out.add(Json.createArrayBuilder().add(pad(m.group(1))).add(pad(m.group(2))));
    }
    return out;
  }

  private static String pad(String hhmm) {
    return hhmm.length() == 4 ? "0" + hhmm : hhmm;
  }

  private static String instant(String local, ZoneId zone) {
    try {
      String[] p = local.strip().split("[ T]");
      return LocalDateTime.parse(p[0] + " " + pad(p[1]), LOCAL).atZone(zone).toInstant().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static java.util.List<String> lines(String text) {
    return text == null
        ? java.util.List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public boolean isTwentyFourSeven() {
    return twentyFourSeven;
  }

  public void setTwentyFourSeven(boolean twentyFourSeven) {
    this.twentyFourSeven = twentyFourSeven;
  }

  public Map<DayOfWeek, String> getWeek() {
    return week;
  }

  public String getHolidays() {
    return holidays;
  }

  public void setHolidays(String holidays) {
    this.holidays = holidays;
  }

  public Integer getTargetMinutes() {
    return targetMinutes;
  }

  public void setTargetMinutes(Integer targetMinutes) {
    this.targetMinutes = targetMinutes;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getPauses() {
    return pauses;
  }

  public void setPauses(String pauses) {
    this.pauses = pauses;
  }
}
