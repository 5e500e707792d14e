package id.loket.canned.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.canned.boundary.CannedData;
import id.loket.canned.boundary.CannedRendering;
import id.loket.canned.boundary.CannedView;
import id.loket.canned.entity.CannedScope;
import id.loket.canned.entity.CannedText;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canned-response schemas of META-INF/openapi.yaml say what the Java types say: the scope enum,
 * the languages, and the fields of the DTOs (kept beside the feature, so that the shared
 * OpenApiDocumentTest needs no edit).
 */
class CannedContractTest {

  private static OpenAPI api;

  @BeforeAll
  static void parse() throws Exception {
    api =
        new OpenAPIV3Parser()
            .readContents(Files.readString(Path.of("src/main/webapp/META-INF/openapi.yaml")))
            .getOpenAPI();
  }

  @Test
  void enumerationsAreTheJavaOnes() {
    assertThat(schema("CannedScope").getEnum().stream().map(String::valueOf).toList())
        .isEqualTo(Arrays.stream(CannedScope.values()).map(Enum::name).toList());
    assertThat(
            new TreeSet<>(
                schema("CannedData").getProperties().get("language").getEnum().stream()
                    .map(String::valueOf)
                    .toList()))
        .isEqualTo(new TreeSet<>(CannedText.LANGUAGES));
  }

  @Test
  void schemasHaveTheFieldsOfTheJavaTypes() {
    assertThat(properties("CannedData")).isEqualTo(fields(CannedData.class));
    assertThat(properties("CannedResponse")).isEqualTo(components(CannedView.class));
    assertThat(properties("CannedRendering")).isEqualTo(components(CannedRendering.class));
    assertThat(properties("CannedPage")).containsExactly("items", "next");
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static Set<String> properties(String name) {
    return new TreeSet<>(schema(name).getProperties().keySet());
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> fields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
