package id.loket.mail.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.mail.boundary.OutboundMailPage;
import id.loket.mail.boundary.OutboundMailView;
import id.loket.mail.entity.OutboundMail;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbound-mail schemas of META-INF/openapi.yaml say what the Java types say: the fields of a
 * list row and of the page, and the statuses (which are also the keys of the counts).
 */
class OutboundMailContractTest {

  private static OpenAPI api;

  @BeforeAll
  static void parse() throws Exception {
    api =
        new OpenAPIV3Parser()
            .readContents(Files.readString(Path.of("src/main/webapp/META-INF/openapi.yaml")))
            .getOpenAPI();
  }

  @Test
  void schemasHaveTheFieldsOfTheJavaTypes() {
    assertThat(properties("OutboundMail")).isEqualTo(components(OutboundMailView.class));
    assertThat(properties("OutboundMailPage")).isEqualTo(components(OutboundMailPage.class));
  }

  @Test
  void statusesAreTheEntitysOnesAndKeyTheCounts() {
    List<String> statuses = List.of(OutboundMail.PENDING, OutboundMail.SENT, OutboundMail.FAILED);
    assertThat(schema("OutboundMailStatus").getEnum().stream().map(String::valueOf).toList())
        .isEqualTo(statuses);
    Schema<?> counts = schema("OutboundMailPage").getProperties().get("counts");
    assertThat(counts.getProperties().keySet()).containsExactlyElementsOf(statuses);
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
}
