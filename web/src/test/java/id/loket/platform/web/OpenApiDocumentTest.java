package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.identity.boundary.CreatedToken;
import id.loket.identity.boundary.NewToken;
import id.loket.identity.boundary.PasswordChange;
import id.loket.identity.boundary.ProfileChange;
import id.loket.identity.boundary.ProfileView;
import id.loket.identity.boundary.TokenView;
import id.loket.messaging.boundary.DeadLetterView;
import id.loket.notification.api.NotificationsResource;
import id.loket.notification.boundary.NotificationView;
import id.loket.shared.Page;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketSummary;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Priority;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.entity.Visibility;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written part of the OpenAPI document (META-INF/openapi.yaml of the WAR) says what the
 * Java code says: its enumerations are the Java enums, its schemas have the fields of the DTOs, its
 * ticket-number pattern accepts what {@link TicketNumber} makes. (The contract test checks the rest
 * against the running server.)
 */
class OpenApiDocumentTest {

  private static OpenAPI api;

  @BeforeAll
  static void parse() throws Exception {
    String yaml = Files.readString(Path.of("src/main/webapp/META-INF/openapi.yaml"));
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml);
    // info and paths come from the annotations, with which Payara merges this file.
    assertThat(result.getMessages())
        .containsExactlyInAnyOrder("attribute info is missing", "attribute paths is missing");
    api = result.getOpenAPI();
  }

  @Test
  void enumerationsAreTheJavaEnums() {
    assertThat(enumOf("Impact")).isEqualTo(names(Impact.values()));
    assertThat(enumOf("Urgency")).isEqualTo(names(Urgency.values()));
    assertThat(enumOf("Priority")).isEqualTo(names(Priority.values()));
    assertThat(enumOf("TicketStatus")).isEqualTo(names(TicketStatus.values()));
    assertThat(enumOf("Visibility")).isEqualTo(names(Visibility.values()));
  }

  @Test
  void ticketNumberPatternAcceptsWhatTicketNumberMakes() {
    Pattern p = Pattern.compile(schema("TicketNumber").getPattern());
    for (long sequence : new long[] {1, 42, 999_999, 1_000_000, 123_456_789_012L}) {
      assertThat(TicketNumber.of(2026, sequence).value()).matches(p);
    }
    assertThat("LKT-2026-0000042-6").doesNotMatch(p); // superfluous zero
    assertThat("LKT-0999-000042-6").doesNotMatch(p);
    assertThat("lkt-2026-000042-6").doesNotMatch(p);
    assertThat("LKT-2026-42-6").doesNotMatch(p);
  }

  @Test
  void requestsListWhatIsRequired() {
    assertThat(schema("NewTicket").getRequired())
        .containsExactlyInAnyOrder("title", "description", "impact", "urgency");
    assertThat(schema("NewComment").getRequired()).containsExactly("body");
    assertThat(schema("TransitionRequest").getRequired()).containsExactly("to");
    assertThat(schema("Problem").getProperties())
        .containsKeys("type", "title", "status", "detail", "code", "violations");
  }

  @Test
  void schemasHaveTheFieldsOfTheJavaTypes() {
    assertThat(propertiesOf("Ticket")).isEqualTo(componentsOf(TicketDetails.class));
    assertThat(propertiesOf("TicketSummary")).isEqualTo(componentsOf(TicketSummary.class));
    assertThat(propertiesOf("Comment")).isEqualTo(componentsOf(TicketDetails.CommentView.class));
    assertThat(propertiesOf("Change")).isEqualTo(componentsOf(TicketDetails.ChangeView.class));
    assertThat(propertiesOf("Notification")).isEqualTo(componentsOf(NotificationView.class));
    assertThat(propertiesOf("DeadLetter")).isEqualTo(componentsOf(DeadLetterView.class));
    assertThat(propertiesOf("CommentPage")).isEqualTo(componentsOf(Page.class));
    assertThat(propertiesOf("Problem")).isEqualTo(componentsOf(Problem.class));
    assertThat(propertiesOf("Violation")).isEqualTo(componentsOf(Problem.Violation.class));
    assertThat(propertiesOf("NewTicket")).isEqualTo(fieldsOf(NewTicket.class));
    assertThat(propertiesOf("NewComment")).isEqualTo(fieldsOf(NewComment.class));
    assertThat(propertiesOf("TransitionRequest")).isEqualTo(fieldsOf(TransitionRequest.class));
    assertThat(propertiesOf("TokenView")).isEqualTo(componentsOf(TokenView.class));
    assertThat(propertiesOf("CreatedToken")).isEqualTo(componentsOf(CreatedToken.class));
    assertThat(propertiesOf("NewToken")).isEqualTo(fieldsOf(NewToken.class));
    assertThat(propertiesOf("TicketSummaryPage")).isEqualTo(componentsOf(Page.class));
    assertThat(propertiesOf("NotificationPage"))
        .isEqualTo(componentsOf(NotificationsResource.NotificationPage.class));
    assertThat(propertiesOf("MarkNotificationsRead"))
        .isEqualTo(fieldsOf(NotificationsResource.MarkRead.class));
    assertThat(propertiesOf("UnreadCount"))
        .isEqualTo(componentsOf(NotificationsResource.Unread.class));
    assertThat(propertiesOf("Profile")).isEqualTo(componentsOf(ProfileView.class));
    assertThat(propertiesOf("ProfileChange")).isEqualTo(fieldsOf(ProfileChange.class));
    assertThat(propertiesOf("PasswordChange")).isEqualTo(fieldsOf(PasswordChange.class));
  }

  private static Set<String> propertiesOf(String name) {
    return new TreeSet<>(schema(name).getProperties().keySet());
  }

  private static Set<String> componentsOf(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> fieldsOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void slaPreviewSchemasAreItsJavaTypes() {
    assertThat(enumOf("SlaLedgerKind"))
        .isEqualTo(names(id.loket.sla.entity.LedgerEntry.Kind.values()));
    assertThat(propertiesOf("SlaPreview"))
        .isEqualTo(componentsOf(id.loket.sla.boundary.SlaPreview.Result.class));
    assertThat(propertiesOf("SlaLedgerEntry"))
        .isEqualTo(componentsOf(id.loket.sla.entity.LedgerEntry.class));
    assertThat(propertiesOf("SlaStoredCalendar"))
        .isEqualTo(componentsOf(id.loket.sla.boundary.SlaCalendars.View.class));
  }

  @Test
  void slaPolicySchemaIsItsJavaType() {
    assertThat(propertiesOf("SlaPolicy"))
        .isEqualTo(componentsOf(id.loket.sla.boundary.PolicyView.class));
    assertThat(propertiesOf("Team")).isEqualTo(componentsOf(id.loket.team.boundary.TeamView.class));
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static List<String> enumOf(String name) {
    return schema(name).getEnum().stream().map(String::valueOf).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
