package id.loket.report.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.report.boundary.DigestView;
import id.loket.report.boundary.SubscriptionView;
import id.loket.report.entity.DigestReport;
import id.loket.report.entity.SubscriptionFrequency;
import id.loket.report.entity.SubscriptionTerms;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Method;
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
 * The digest schemas of META-INF/openapi.yaml say what the Java types say: the frequencies, the
 * report names, the languages, and the fields of the body and the views.
 */
class DigestsContractTest {

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
    assertThat(values(schema("DigestFrequency"))).isEqualTo(names(SubscriptionFrequency.values()));
    assertThat(values(schema("DigestReportName"))).isEqualTo(names(DigestReport.values()));
    assertThat(
            new TreeSet<>(values(schema("DigestSubscriptionData").getProperties().get("language"))))
        .isEqualTo(new TreeSet<>(SubscriptionTerms.LANGUAGES));
  }

  @Test
  void schemasHaveTheFieldsOfTheJavaTypes() {
    assertThat(properties("DigestSubscriptionData")).isEqualTo(setters(SubscriptionBody.class));
    assertThat(properties("DigestSubscription")).isEqualTo(components(SubscriptionView.class));
    assertThat(properties("Digest")).isEqualTo(components(DigestView.class));
    assertThat(properties("DigestPage")).containsExactly("items", "next");
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static java.util.List<String> values(Schema<?> s) {
    return s.getEnum().stream().map(String::valueOf).toList();
  }

  private static java.util.List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }

  private static Set<String> properties(String name) {
    return new TreeSet<>(schema(name).getProperties().keySet());
  }

  private static Set<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> setters(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("set"))
        .map(Method::getName)
        .map(n -> Character.toLowerCase(n.charAt(3)) + n.substring(4))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
