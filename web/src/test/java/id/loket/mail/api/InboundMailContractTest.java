package id.loket.mail.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.InboundView;
import id.loket.mail.control.MailParser;
import id.loket.mail.entity.InboundMail;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.json.JsonObject;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
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
 * The inbound-mail schemas of META-INF/openapi.yaml say what the Java types say: the outcomes and
 * review states, the fields of the list rows, and every field the replay entry answers with (built
 * here from a real parse, so a field added in the resource and not in the document fails).
 */
class InboundMailContractTest {

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
    assertThat(strings(schema("MailOutcome").getEnum()))
        .isEqualTo(Arrays.stream(InboundMail.Outcome.values()).map(o -> o.code()).toList());
    assertThat(strings(schema("InboundMail").getProperties().get("reviewStatus").getEnum()))
        .isEqualTo(Arrays.stream(InboundMail.Review.values()).map(Enum::name).toList());
    assertThat(strings(schema("MailReviewDecision").getProperties().get("action").getEnum()))
        .isEqualTo(Arrays.stream(InboundMails.Action.values()).map(Enum::name).toList());
  }

  @Test
  void schemasHaveTheFieldsOfTheJavaTypes() {
    assertThat(properties("InboundMail")).isEqualTo(components(InboundView.class));
    assertThat(properties("InboundMailPage")).containsExactly("items", "next");
  }

  @Test
  void theReplayAnswerHasExactlyTheDocumentedFields() {
    byte[] raw =
        ("From: Rina <rina@loket.example>\r\nSubject: Printer\r\nMessage-ID: <a@b>\r\n"
                + "In-Reply-To: <c@d>\r\n\r\nIt jams.\r\n")
            .getBytes(StandardCharsets.UTF_8);
    var result =
        new id.loket.mail.boundary.MailIntake.Result(
            "ticket-created", null, null, false, null, new MailParser().parse(raw), List.of());
    JsonObject answer = MailIngestResource.answer(result, true);
    assertThat(new TreeSet<>(answer.keySet())).isEqualTo(properties("MailIngestResult"));
    assertThat(answer.getString("inReplyTo")).isEqualTo("c@d");
    assertThat(answer.getString("textSnippet")).isEqualTo("It jams.");
  }

  private static List<String> strings(List<?> values) {
    return values.stream().map(String::valueOf).toList();
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
