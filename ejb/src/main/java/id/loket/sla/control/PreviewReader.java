package id.loket.sla.control;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.Span;
import id.loket.sla.entity.WorkingHours;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an SLA preview request — an inline calendar, a start, a target in minutes and pauses — and
 * refuses it as a whole with every bad field named ({@code calendar.week.MONDAY[1]}, {@code
 * pauses[0].to}), so an administrator fixes a calendar in one round.
 *
 * <pre>{"calendar": {"zone": "Asia/Jakarta",
 *               "week": {"MONDAY": [["08:00","12:00"],["13:00","17:00"]], …},
 *               "holidays": ["2026-12-25", {"date": "2026-12-24", "hours": [["08:00","12:00"]]}]},
 *  "targetMinutes": 240, "start": "2026-11-23T01:00:00Z",
 *  "pauses": [{"from": "…Z", "to": "…Z"}, {"from": "…Z", "to": null}]}</pre>
 *
 * A weekday absent from {@code week} has no hours; {@code "twentyFourSeven": true} instead of
 * {@code week} counts every minute. A holiday given with {@code hours} is a half day.
 */
public final class PreviewReader {

  /** The longest target a preview takes: 100,000 minutes (about 69 days round the clock). */
  public static final int MAX_TARGET_MINUTES = 100_000;

  static final int MAX_PAUSES = 500;
  static final int MAX_HOLIDAYS = 1_000;
  private static final Set<String> TOP =
      Set.of("calendar", "calendarId", "targetMinutes", "start", "pauses");
  private static final Set<String> CALENDAR = Set.of("zone", "week", "holidays", "twentyFourSeven");

  private final List<Field> bad = new ArrayList<>();

  private PreviewReader() {}

  /**
   * @throws InvalidFieldException naming every bad field
   */
  public static PreviewInput read(JsonObject request) {
    return new PreviewReader().parse(request);
  }

  private PreviewInput parse(JsonObject request) {
    unknown(request, TOP, "");
    BusinessCalendar calendar = null;
    Long calendarId = null;
    boolean both =
        request.get("calendar") instanceof JsonObject
            && request.containsKey("calendarId")
            && !request.isNull("calendarId");
    if (both) {
      bad.add(new Field("calendarId", "sla.preview.calendar"));
    } else if (request.containsKey("calendarId") && !request.isNull("calendarId")) {
      if (request.get("calendarId") instanceof JsonNumber n && n.isIntegral()) {
        calendarId = n.longValue();
      } else {
        bad.add(new Field("calendarId", "sla.preview.calendarId"));
      }
    } else if (!(request.get("calendar") instanceof JsonObject c)) {
      bad.add(new Field("calendar", "sla.preview.calendar"));
    } else {
      calendar = calendar(c);
    }
    Duration target = target(request.get("targetMinutes"));
    Instant start = instant(request.get("start"), "start", false);
    List<Span> pauses = pauses(request.get("pauses"));
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return new PreviewInput(calendar, calendarId, start, target, pauses);
  }

  /**
   * Reads a stored or typed calendar alone: {@code {"zone", "week" | "twentyFourSeven",
   * "holidays"}}.
   *
   * @throws InvalidFieldException naming every bad field, under {@code calendar.}
   */
  public static BusinessCalendar readCalendar(JsonObject calendar) {
    PreviewReader r = new PreviewReader();
    BusinessCalendar c = r.calendar(calendar);
    if (!r.bad.isEmpty()) {
      throw new InvalidFieldException(r.bad);
    }
    return c;
  }

  private BusinessCalendar calendar(JsonObject c) {
    unknown(c, CALENDAR, "calendar.");
    ZoneId zone = null;
    if (c.get("zone") instanceof JsonString z) {
      try {
        zone = ZoneId.of(z.getString());
      } catch (DateTimeException e) {
        bad.add(new Field("calendar.zone", "sla.preview.zone", z.getString()));
      }
    } else {
      bad.add(new Field("calendar.zone", "sla.preview.required"));
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone == null ? ZoneId.of("UTC") : zone);
    boolean always = c.get("twentyFourSeven") == JsonValue.TRUE;
    boolean anyHours = always;
    if (always) {
      for (DayOfWeek d : DayOfWeek.values()) {
        b.hours(d, WorkingHours.ALL_DAY);
      }
    } else if (c.get("week") instanceof JsonObject week) {
      for (String day : week.keySet()) {
        DayOfWeek d = weekday(day);
        List<WorkingHours> hours = hours(week.get(day), "calendar.week." + day);
        if (d != null) {
          b.hours(d, hours.toArray(WorkingHours[]::new));
          anyHours |= !hours.isEmpty();
        }
      }
    } else {
      bad.add(new Field("calendar.week", "sla.preview.required"));
    }
    if (c.containsKey("holidays") && !c.isNull("holidays")) {
      holidays(c.get("holidays"), b);
    }
    if (!anyHours && c.get("week") instanceof JsonObject) {
      bad.add(new Field("calendar.week", "sla.preview.noHours"));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      bad.add(new Field("calendar.week", "sla.preview.overlap", e.getMessage()));
      return null;
    }
  }

  private DayOfWeek weekday(String day) {
    try {
      return DayOfWeek.valueOf(day);
    } catch (IllegalArgumentException e) {
      bad.add(new Field("calendar.week." + day, "sla.preview.weekday", day));
      return null;
    }
  }

  private List<WorkingHours> hours(JsonValue value, String field) {
    List<WorkingHours> out = new ArrayList<>();
    if (!(value instanceof JsonArray list)) {
      bad.add(new Field(field, "sla.preview.hours"));
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      try {
        JsonArray pair = list.getJsonArray(i);
        if (pair.size() != 2) {
          throw new IllegalArgumentException("not a pair");
        }
        out.add(WorkingHours.of(pair.getString(0), pair.getString(1)));
      } catch (RuntimeException e) {
        bad.add(new Field(field + "[" + i + "]", "sla.preview.hours"));
      }
    }
    return out;
  }

  private void holidays(JsonValue value, BusinessCalendar.Builder b) {
    if (!(value instanceof JsonArray list) || list.size() > MAX_HOLIDAYS) {
      bad.add(new Field("calendar.holidays", "sla.preview.holidays", MAX_HOLIDAYS));
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String field = "calendar.holidays[" + i + "]";
      JsonValue h = list.get(i);
      if (h instanceof JsonString s) {
        LocalDate d = date(s.getString(), field);
        if (d != null) {
          b.holiday(d);
        }
      } else if (h instanceof JsonObject half && half.get("date") instanceof JsonString s) {
        LocalDate d = date(s.getString(), field + ".date");
        List<WorkingHours> hours = hours(half.get("hours"), field + ".hours");
        if (d != null) {
          b.specialDay(d, hours.toArray(WorkingHours[]::new));
        }
      } else {
        bad.add(new Field(field, "sla.preview.date"));
      }
    }
  }

  private LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      bad.add(new Field(field, "sla.preview.date"));
      return null;
    }
  }

  private Duration target(JsonValue value) {
    if (value instanceof JsonNumber n
        && n.isIntegral()
        && n.longValue() >= 1
        && n.longValue() <= MAX_TARGET_MINUTES) {
      return Duration.ofMinutes(n.longValue());
    }
    bad.add(new Field("targetMinutes", "sla.preview.target", MAX_TARGET_MINUTES));
    return null;
  }

  private Instant instant(JsonValue value, String field, boolean nullable) {
    if (value == null || value == JsonValue.NULL) {
      if (!nullable) {
        bad.add(new Field(field, "sla.preview.required"));
      }
      return null;
    }
    try {
      return Instant.parse(((JsonString) value).getString());
    } catch (RuntimeException e) {
      bad.add(new Field(field, "sla.preview.instant"));
      return null;
    }
  }

  private List<Span> pauses(JsonValue value) {
    List<Span> out = new ArrayList<>();
    if (value == null || value == JsonValue.NULL) {
      return out;
    }
    if (!(value instanceof JsonArray list) || list.size() > MAX_PAUSES) {
      bad.add(new Field("pauses", "sla.preview.pauses", MAX_PAUSES));
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      String field = "pauses[" + i + "]";
      if (!(list.get(i) instanceof JsonObject p)) {
        bad.add(new Field(field, "sla.preview.pause"));
        continue;
      }
      Instant from = instant(p.get("from"), field + ".from", false);
      Instant to = instant(p.get("to"), field + ".to", true);
      boolean open = to == null && (p.get("to") == null || p.get("to") == JsonValue.NULL);
      if (from == null || (to == null && !open)) {
        continue;
      }
      if (to != null && to.isBefore(from)) {
        bad.add(new Field(field + ".to", "sla.preview.pause"));
      } else if (open && i != list.size() - 1) {
        bad.add(new Field(field + ".to", "sla.preview.pause"));
      } else {
        out.add(new Span(from, to));
      }
    }
    return out;
  }

  private void unknown(JsonObject object, Set<String> known, String prefix) {
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        bad.add(new Field(prefix + key, "sla.preview.unknown", key));
      }
    }
  }
}
