package id.loket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.NewTicket;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.entity.Visibility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies are read strictly: nothing coerced, nothing dropped, every bad field named. */
class StrictJsonTest {

  @Test
  void readsAWellFormedBodyThroughTheCleaningSetters() {
    NewTicket t =
        read(
            """
            {"title":"\\u00a0Printer\\u200b","description":"Jammed","category":"hardware",
             "impact":"HIGH","urgency":"LOW"}""",
            NewTicket.class);

    assertThat(t.getTitle()).isEqualTo("Printer");
    assertThat(t.getImpact()).isEqualTo(Impact.HIGH);
    assertThat(t.getUrgency()).isEqualTo(Urgency.LOW);
  }

  @Test
  void nullIsAcceptedAsNoValue() {
    TransitionRequest r = read("{\"to\":\"ASSIGNED\",\"assignee\":null}", TransitionRequest.class);

    assertThat(r.getTo()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(r.getAssignee()).isNull();
  }

  @Test
  void unknownEnumValuesNameTheFieldAndTheAllowedValues() {
    InvalidFieldException e =
        invalid("{\"title\":\"t\",\"impact\":\"EXTREME\",\"urgency\":\"low\"}", NewTicket.class);

    assertThat(e.fields())
        .extracting(f -> f.name(), f -> f.messageKey(), f -> f.args())
        .containsExactly(
            tuple("impact", "field.json.enum", java.util.List.of("HIGH, MEDIUM, LOW")),
            tuple("urgency", "field.json.enum", java.util.List.of("HIGH, MEDIUM, LOW")));
    assertThat(invalid("{\"visibility\":\"SECRET\"}", NewComment.class).fields())
        .extracting(f -> f.name())
        .containsExactly("visibility");
    assertThat(invalid("{\"to\":\"closed\"}", TransitionRequest.class).fields().get(0).args())
        .singleElement()
        .asString()
        .contains("CLOSED", "ASSIGNED");
    assertThat(invalid("{\"visibility\":1}", NewComment.class).fields().get(0).messageKey())
        .isEqualTo("field.json.enum");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "12345", "[\"a\"]", "{\"a\":1}", "1.5e3", "false"})
  void onlyAStringIsAText(String value) {
    InvalidFieldException e = invalid("{\"title\":" + value + "}", NewTicket.class);

    assertThat(e.fields())
        .extracting(f -> f.name(), f -> f.messageKey())
        .containsExactly(tuple("title", "field.json.text"));
  }

  @Test
  void unknownPropertiesAreNamedWithTheAcceptedOnes() {
    InvalidFieldException e = invalid("{\"body\":\"hi\",\"bdy\":\"x\"}", NewComment.class);

    assertThat(e.fields())
        .extracting(f -> f.name(), f -> f.messageKey(), f -> f.args())
        .containsExactly(
            tuple(
                "bdy", "field.json.unknown", java.util.List.of("body, minutesSpent, visibility")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{\"body\":\"hi\"} garbage",
        "{\"body\":\"hi\"}{\"body\":\"again\"}",
        "{\"body\":\"hi\"",
        "[{\"body\":\"hi\"}]",
        "\"hi\"",
        "null",
        "{\"body\":\"hi\",}",
        "{'body':'hi'}",
        "{\"body\":\"hi\",\"body\":\"twice\"}"
      })
  void aBodyThatIsNotExactlyOneJsonObjectIsMalformed(String body) {
    DomainException e =
        catchThrowableOfType(DomainException.class, () -> read(body, NewComment.class));

    assertThat(e).as(body).isNotNull().isNotInstanceOf(InvalidFieldException.class);
    assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED);
    assertThat(e.messageKey()).isEqualTo("problem.malformed");
  }

  @Test
  void nulAndLoneSurrogatesArriveAsTheyAreForValidationToRefuse() {
    NewComment c =
        read("{\"body\":\"a\\u0000b\\ud800\",\"visibility\":\"INTERNAL\"}", NewComment.class);

    assertThat(c.getBody()).isEqualTo("a\u0000b\uD800");
    assertThat(c.getVisibility()).isEqualTo(Visibility.INTERNAL);
  }

  @Test
  void readsOnlyLoketCommandObjects() {
    assertThat(StrictJson.canRead(NewTicket.class)).isTrue();
    assertThat(StrictJson.canRead(String.class)).isFalse();
    assertThat(StrictJson.canRead(Problem.class)).isFalse();
  }

  private static <T> T read(String body, Class<T> type) {
    return StrictJson.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), type);
  }

  private static InvalidFieldException invalid(String body, Class<?> type) {
    InvalidFieldException e =
        catchThrowableOfType(InvalidFieldException.class, () -> read(body, type));
    assertThat(e).as(body).isNotNull();
    return e;
  }
}
