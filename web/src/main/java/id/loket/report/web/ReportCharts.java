package id.loket.report.web;

import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaWeek;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chart.js configurations (the JSON that PrimeFaces' {@code p:chart} hands to Chart.js) for the
 * report charts. Periods without data are shown as zero, so that a week's bar sits where the week
 * is; the escalation chart's weeks and levels are the indexes its drill-down reads back ({@link
 * #weeks}, {@link EscalationReport#LEVELS}).
 */
public final class ReportCharts {

  /** Colours of the escalation levels, in the order of {@link EscalationReport#LEVELS}. */
  static final List<String> LEVEL_COLOURS =
      List.of("#f59e0b", "#dc2626", "#7c3aed", "#be185d", "#0369a1");

  static final String TEAL = "#0f766e";
  static final String SLATE = "#64748b";
  static final String ORANGE = "#ea580c";

  private ReportCharts() {}

  /** One data set: its legend label, colour and values. */
  public record Series(String label, String colour, List<? extends Number> values) {}

  /** The Mondays of the weeks that overlap {@code from} … {@code to}. */
  public static List<LocalDate> weeks(LocalDate from, LocalDate to) {
    List<LocalDate> weeks = new ArrayList<>();
    LocalDate w = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    while (!w.isAfter(to)) {
      weeks.add(w);
      w = w.plusWeeks(1);
    }
    return weeks;
  }

  /** Escalations per week, one stacked bar per week, one colour per level. */
  public static String escalationsPerWeek(
      List<SeriesPoint> points,
      List<LocalDate> weeks,
      Function<LocalDate, String> weekLabel,
      Function<String, String> levelLabel) {
    Map<String, Long> n = new HashMap<>();
    points.forEach(p -> n.merge(p.period() + "/" + p.key(), p.n(), Long::sum));
    List<Series> sets = new ArrayList<>();
    for (int i = 0; i < EscalationReport.LEVELS.size(); i++) {
      String level = EscalationReport.LEVELS.get(i);
      sets.add(
          new Series(
              levelLabel.apply(level),
              LEVEL_COLOURS.get(i),
              weeks.stream().map(w -> n.getOrDefault(w + "/" + level, 0L)).toList()));
    }
    return bar(weeks.stream().map(weekLabel).toList(), sets, true, false);
  }

  /** Tickets created and resolved per day, as two lines. */
  public static String flow(
      List<DayFlow> flow,
      LocalDate from,
      LocalDate to,
      Function<LocalDate, String> dayLabel,
      String created,
      String resolved) {
    Map<LocalDate, DayFlow> byDay = new HashMap<>();
    flow.forEach(d -> byDay.put(d.day(), d));
    List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
    List<Long> in = new ArrayList<>();
    List<Long> out = new ArrayList<>();
    for (LocalDate d : days) {
      DayFlow f = byDay.get(d);
      in.add(f == null ? 0L : f.created());
      out.add(f == null ? 0L : f.resolved());
    }
    return line(
        days.stream().map(dayLabel).toList(),
        List.of(new Series(created, TEAL, in), new Series(resolved, ORANGE, out)),
        false);
  }

  /** The share of first responses and resolutions met in time per week, in per cent. */
  public static String slaPerWeek(
      List<SlaWeek> weeks,
      Function<LocalDate, String> weekLabel,
      String firstResponse,
      String resolution) {
    return line(
        weeks.stream().map(SlaWeek::week).map(weekLabel).toList(),
        List.of(
            new Series(
                firstResponse, TEAL, weeks.stream().map(SlaWeek::firstResponsePercent).toList()),
            new Series(
                resolution, ORANGE, weeks.stream().map(SlaWeek::resolutionPercent).toList())),
        true);
  }

  /** A bar chart: stacked or side by side, vertical or horizontal ({@code horizontal}). */
  public static String bar(
      List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {
    JsonObjectBuilder options = options(stacked, false, horizontal);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return chart("bar", labels, series, options);
  }

  /** A line chart; {@code percent} fixes the value axis to 0 … 100. */
  public static String line(List<String> labels, List<Series> series, boolean percent) {
    return chart("line", labels, series, options(false, percent, false));
  }

  private static String chart(
      String type, List<String> labels, List<Series> series, JsonObjectBuilder options) {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Number v : s.values()) {
        if (v == null) {
          data.addNull();
        } else if (v instanceof Double d) {
          data.add(d);
        } else {
          data.add(v.longValue());
        }
      }
      JsonObjectBuilder set =
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", s.colour())
              .add("borderColor", s.colour());
      if ("line".equals(type)) {
        set.add("tension", 0.25).add("pointRadius", 3).add("spanGaps", true);
      } else {
        set.add("maxBarThickness", 48);
      }
      sets.add(set);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", sets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder options(boolean stacked, boolean percent, boolean horizontal) {
    JsonObjectBuilder value =
        Json.createObjectBuilder()
            .add("stacked", stacked)
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    if (percent) {
      value.add("min", 0).add("max", 100);
    }
    JsonObjectBuilder category = Json.createObjectBuilder().add("stacked", stacked);
    return Json.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
        .add(
            "scales",
            Json.createObjectBuilder()
                .add(horizontal ? "y" : "x", category)
                .add(horizontal ? "x" : "y", value));
  }
}
