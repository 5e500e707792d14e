package id.loket.report.web;

import id.loket.report.entity.ReportFilter;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the address of a report page says: the window and filters as they were typed ({@code from},
 * {@code to} as ISO dates, the others as codes), so that a link or a bookmark shows the same view
 * again. Missing dates fall back to the desk's default window; a date that is no date is named, the
 * rest is checked by {@link ReportFilter#validated()}.
 */
public class ReportParams implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> values = new LinkedHashMap<>();

  public String get(String name) {
    return values.get(name);
  }

  public void set(String name, String value) {
    if (value == null || value.isBlank()) {
      values.remove(name);
    } else {
      values.put(name, value.strip());
    }
  }

  /** The first parameter that should be a date and is not ({@code from} or {@code to}). */
  public Optional<String> badDate() {
    for (String name : new String[] {"from", "to"}) {
      if (values.containsKey(name) && date(name) == null) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The filter these parameters say, with the default window where a date is missing. */
  public ReportFilter filter(ReportFilter defaults) {
    LocalDate from = date("from");
    LocalDate to = date("to");
    return new ReportFilter(
        from == null ? defaults.from() : from,
        to == null ? defaults.to() : to,
        values.get("team"),
        values.get("agent"),
        values.get("category"),
        values.get("requestType"),
        values.get("priority"),
        values.get("channel"));
  }

  /**
   * The query string of {@code filter} (without "?"), as the report pages and the PDF servlet read
   * it; {@code extra} name/value pairs come first (null values left out).
   */
  public static String of(ReportFilter filter, String... extra) {
    Map<String, String> q = new LinkedHashMap<>();
    for (int i = 0; i + 1 < extra.length; i += 2) {
      q.put(extra[i], extra[i + 1]);
    }
    q.put("from", filter.from() == null ? null : filter.from().toString());
    q.put("to", filter.to() == null ? null : filter.to().toString());
    q.put("team", filter.team());
    q.put("agent", filter.agent());
    q.put("category", filter.category());
    q.put("requestType", filter.requestType());
    q.put("priority", filter.priority());
    q.put("channel", filter.channel());
    StringBuilder s = new StringBuilder();
    q.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            s.append(s.length() == 0 ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return s.toString();
  }

  private LocalDate date(String name) {
    String v = values.get(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  // as view parameters and inputs

  public String getFrom() {
    return get("from");
  }

  public void setFrom(String v) {
    set("from", v);
  }

  public String getTo() {
    return get("to");
  }

  public void setTo(String v) {
    set("to", v);
  }

  public String getTeam() {
    return get("team");
  }

  public void setTeam(String v) {
    set("team", v);
  }

  public String getAgent() {
    return get("agent");
  }

  public void setAgent(String v) {
    set("agent", v);
  }

  public String getCategory() {
    return get("category");
  }

  public void setCategory(String v) {
    set("category", v);
  }

  public String getRequestType() {
    return get("requestType");
  }

  public void setRequestType(String v) {
    set("requestType", v);
  }

  public String getPriority() {
    return get("priority");
  }

  public void setPriority(String v) {
    set("priority", v);
  }

  public String getChannel() {
    return get("channel");
  }

  public void setChannel(String v) {
    set("channel", v);
  }
}
