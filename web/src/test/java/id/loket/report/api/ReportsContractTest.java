package id.loket.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.entity.AgeCount;
import id.loket.report.entity.AgentLoad;
import id.loket.report.entity.BacklogReport;
import id.loket.report.entity.Count;
import id.loket.report.entity.Dashboard;
import id.loket.report.entity.DayFlow;
import id.loket.report.entity.EscalationReport;
import id.loket.report.entity.EscalationRow;
import id.loket.report.entity.Kpis;
import id.loket.report.entity.LoadReport;
import id.loket.report.entity.OldestRow;
import id.loket.report.entity.RatingRow;
import id.loket.report.entity.SatisfactionReport;
import id.loket.report.entity.SeriesPoint;
import id.loket.report.entity.SlaFigure;
import id.loket.report.entity.SlaReport;
import id.loket.report.entity.SlaWeek;
import id.loket.shared.Page;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report schemas of META-INF/openapi.yaml say what the report records say: each schema has
 * exactly the record's components (the API answers with the records, and the schemas are closed),
 * and the enumerations are the records' keys.
 */
class ReportsContractTest {

  private static OpenAPI api;

  @BeforeAll
  static void parse() throws Exception {
    api =
        new OpenAPIV3Parser()
            .readContents(Files.readString(Path.of("src/main/webapp/META-INF/openapi.yaml")))
            .getOpenAPI();
  }

  @Test
  void schemasHaveTheComponentsOfTheRecords() {
    Map<String, Class<? extends Record>> schemas =
        Map.ofEntries(
            Map.entry("ReportCount", Count.class),
            Map.entry("ReportSeriesPoint", SeriesPoint.class),
            Map.entry("ReportDayFlow", DayFlow.class),
            Map.entry("ReportSlaWeek", SlaWeek.class),
            Map.entry("ReportKpis", Kpis.class),
            Map.entry("ReportDashboard", Dashboard.class),
            Map.entry("EscalationReport", EscalationReport.class),
            Map.entry("ReportEscalationRow", EscalationRow.class),
            Map.entry("ReportEscalationPage", Page.class),
            Map.entry("ReportSlaFigure", SlaFigure.class),
            Map.entry("SlaReport", SlaReport.class),
            Map.entry("ReportAgeCount", AgeCount.class),
            Map.entry("BacklogReport", BacklogReport.class),
            Map.entry("ReportOldestRow", OldestRow.class),
            Map.entry("ReportOldestPage", Page.class),
            Map.entry("SatisfactionReport", SatisfactionReport.class),
            Map.entry("ReportRatingRow", RatingRow.class),
            Map.entry("ReportLowRatingPage", Page.class),
            Map.entry("ReportAgentLoad", AgentLoad.class),
            Map.entry("LoadReport", LoadReport.class));
    schemas.forEach(
        (name, type) -> assertThat(properties(name)).as(name).isEqualTo(components(type)));
  }

  @Test
  void everySchemaIsClosedAndRequiresOnlyWhatItHas() {
    for (String name : List.of("ReportDashboard", "EscalationReport", "SlaReport", "LoadReport")) {
      assertThat(schema(name).getAdditionalProperties()).as(name).isEqualTo(false);
      assertThat(schema(name).getProperties().keySet()).containsAll(schema(name).getRequired());
    }
  }

  @Test
  void levelsAndBucketsAreTheRecordsKeys() {
    assertThat(enumOf(schema("EscalationLevel"))).isEqualTo(EscalationReport.LEVELS);
    assertThat(schema("ReportEscalationRow").getProperties().get("level").get$ref())
        .endsWith("/EscalationLevel");
    assertThat(enumOf(schema("ReportAgeCount").getProperties().get("bucket")))
        .isEqualTo(BacklogReport.BUCKETS);
  }

  private static List<String> enumOf(Schema<?> schema) {
    return schema.getEnum().stream().map(String::valueOf).toList();
  }

  private static Schema<?> schema(String name) {
    Schema<?> schema = api.getComponents().getSchemas().get(name);
    assertThat(schema).as("schema " + name).isNotNull();
    return schema;
  }

  private static Set<String> properties(String name) {
    return new TreeSet<>(schema(name).getProperties().keySet());
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
