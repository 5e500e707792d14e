package id.loket.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.entity.DayFlow;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaWeek;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

  static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void weeksAreTheMondaysOverlappingTheWindow() {
    assertThat(ReportCharts.weeks(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 17)))
        .containsExactly(
            LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
  }

  @Test
  void escalationsStackOneDataSetPerLevelWithZerosForQuietWeeks() {
    List<LocalDate> weeks = List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));
    JsonObject chart =
        parse(
            ReportCharts.escalationsPerWeek(
                List.of(
                    new SeriesPoint(LocalDate.of(2026, 11, 9), "BREACH", 3),
                    new SeriesPoint(LocalDate.of(2026, 11, 9), "NOT_SATISFIED", 1)),
                weeks,
                w -> "W" + w.getDayOfMonth(),
                l -> l.toLowerCase()));
    assertThat(chart.getString("type")).isEqualTo("bar");
    assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
        .isEqualTo("[\"W2\",\"W9\"]");
    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(sets).hasSize(5);
    assertThat(sets.getJsonObject(0).getString("label")).isEqualTo("warning");
    assertThat(sets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[0,3]");
    assertThat(sets.getJsonObject(4).getJsonArray("data").toString()).isEqualTo("[0,1]");
    var scales = chart.getJsonObject("options").getJsonObject("scales");
    assertThat(scales.getJsonObject("x").getBoolean("stacked")).isTrue();
    assertThat(scales.getJsonObject("y").getBoolean("stacked")).isTrue();
  }

  @Test
  void flowHasEveryDayOfTheWindow() {
    JsonObject chart =
        parse(
            ReportCharts.flow(
                List.of(new DayFlow(LocalDate.of(2026, 12, 2), 5, 2)),
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3),
                d -> Integer.toString(d.getDayOfMonth()),
                "in",
                "out"));
    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(sets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[0,5,0]");
    assertThat(sets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[0,2,0]");
  }

  @Test
  void slaWeeksWithoutCompletedClocksHaveNoValueAndTheAxisIsAPercentage() {
    JsonObject chart =
        parse(
            ReportCharts.slaPerWeek(
                List.of(new SlaWeek(LocalDate.of(2026, 11, 30), 4, 3, 0, 0)),
                w -> "w",
                "fr",
                "res"));
    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(sets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[75.0]");
    assertThat(sets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[null]");
    assertThat(
            chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getInt("max"))
        .isEqualTo(100);
  }
}
