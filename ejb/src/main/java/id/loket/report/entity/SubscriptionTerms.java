package id.loket.report.entity;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a digest subscriber chose: how often, which reports (at least one, each once, kept in the
 * order of {@link DigestReport}), the report filters (a {@link ReportFilter} without a window: the
 * digest's period is the window) and the language of the mail ({@code en} or {@code id}). Made only
 * through {@link #of}, which refuses bad input field by field, so no stored subscription is
 * malformed.
 */
public record SubscriptionTerms(
    SubscriptionFrequency frequency,
    List<DigestReport> reports,
    ReportFilter filter,
    String language)
    implements Serializable {

  public static final Set<String> LANGUAGES = Set.of("en", "id");
  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  private static final Set<String> CHANNELS = Set.of("PORTAL", "PHONE", "API", "EMAIL");
  private static final int MAX_FILTER = 64;

  public SubscriptionTerms {
    reports = List.copyOf(reports);
  }

  /**
   * Validates a subscriber's choice.
   *
   * @param language {@code en} or {@code id}; {@code fallback} when blank
   * @throws InvalidFieldException naming every bad field
   */
  public static SubscriptionTerms of(
      String frequency,
      List<String> reports,
      String team,
      String agent,
      String category,
      String requestType,
      String priority,
      String channel,
      String language,
      String fallback) {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    SubscriptionFrequency f = null;
    try {
      f = SubscriptionFrequency.valueOf(frequency == null ? "" : frequency.strip());
    } catch (IllegalArgumentException e) {
      bad.add(new InvalidFieldException.Field("frequency", "digest.frequency.invalid"));
    }
    EnumSet<DigestReport> chosen = EnumSet.noneOf(DigestReport.class);
    for (String r : reports == null ? List.<String>of() : reports) {
      try {
        chosen.add(DigestReport.valueOf(r == null ? "" : r.strip()));
      } catch (IllegalArgumentException e) {
        bad.add(new InvalidFieldException.Field("reports", "digest.reports.unknown", r));
      }
    }
    if (chosen.isEmpty() && bad.stream().noneMatch(b -> b.name().equals("reports"))) {
      bad.add(new InvalidFieldException.Field("reports", "digest.reports.none"));
    }
    ReportFilter filter =
        new ReportFilter(null, null, team, agent, category, requestType, priority, channel);
    length(bad, "team", filter.team());
    length(bad, "agent", filter.agent());
    length(bad, "category", filter.category());
    length(bad, "requestType", filter.requestType());
    if (filter.priority() != null && !PRIORITIES.contains(filter.priority())) {
      bad.add(new InvalidFieldException.Field("priority", "digest.priority.invalid"));
    }
    if (filter.channel() != null && !CHANNELS.contains(filter.channel())) {
      bad.add(new InvalidFieldException.Field("channel", "digest.channel.invalid"));
    }
    String lang =
        language == null || language.isBlank()
            ? (fallback == null ? "en" : fallback)
            : language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      bad.add(new InvalidFieldException.Field("language", "digest.language.invalid"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return new SubscriptionTerms(f, List.copyOf(chosen), filter, lang);
  }

  /** The stored form of the reports: a JSON array of names. */
  public String reportsJson() {
    var a = Json.createArrayBuilder();
    reports.forEach(r -> a.add(r.name()));
    return a.build().toString();
  }

  /** The stored form of the filters: a JSON object of the filters set. */
  public String filtersJson() {
    JsonObjectBuilder o = Json.createObjectBuilder();
    put(o, "team", filter.team());
    put(o, "agent", filter.agent());
    put(o, "category", filter.category());
    put(o, "requestType", filter.requestType());
    put(o, "priority", filter.priority());
    put(o, "channel", filter.channel());
    return o.build().toString();
  }

  /** Reads the stored form back (unknown report names, from an older version, are dropped). */
  public static SubscriptionTerms stored(
      String frequency, String reportsJson, String filtersJson, String language) {
    EnumSet<DigestReport> chosen = EnumSet.noneOf(DigestReport.class);
    try (JsonReader r = Json.createReader(reportsJson)) {
      JsonArray a = r.readArray();
      for (JsonString s : a.getValuesAs(JsonString.class)) {
        try {
          chosen.add(DigestReport.valueOf(s.getString()));
        } catch (IllegalArgumentException e) {
          // a report no longer offered
        }
      }
    }
    JsonObject f;
    try (JsonReader r = Json.createReader(filtersJson == null ? "{}" : filtersJson)) {
      f = r.readObject();
    }
    ReportFilter filter =
        new ReportFilter(
            null,
            null,
            f.getString("team", null),
            f.getString("agent", null),
            f.getString("category", null),
            f.getString("requestType", null),
            f.getString("priority", null),
            f.getString("channel", null));
    return new SubscriptionTerms(
        SubscriptionFrequency.valueOf(frequency), List.copyOf(chosen), filter, language);
  }

  private static void length(List<InvalidFieldException.Field> bad, String name, String value) {
    if (value != null && value.length() > MAX_FILTER) {
      bad.add(new InvalidFieldException.Field(name, "digest.filter.long", MAX_FILTER));
    }
  }

  private static void put(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
