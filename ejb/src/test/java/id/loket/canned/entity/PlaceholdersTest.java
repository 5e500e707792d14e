package id.loket.canned.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  private static final Map<String, String> VALUES =
      Map.of(
          "requester.name", "Rina Wulandari",
          "ticket.number", "LKT-2026-000042-6",
          "ticket.title", "VPN drops",
          "agent.name", "Sari Dewi",
          "team.name", "Service desk");

  @Test
  void fillsEveryKnownPlaceholderEveryTime() {
    String body =
        "Hello {requester.name}, {ticket.number} ({ticket.title}) is with {team.name}."
            + " {agent.name} / {requester.name}";

    assertThat(Placeholders.render(body, VALUES))
        .isEqualTo(
            "Hello Rina Wulandari, LKT-2026-000042-6 (VPN drops) is with Service desk."
                + " Sari Dewi / Rina Wulandari");
  }

  @Test
  void aMissingValueBecomesEmptyNotTheRawPlaceholder() {
    assertThat(Placeholders.render("Team: [{team.name}]", Map.of())).isEqualTo("Team: []");
  }

  @Test
  void valuesAreInsertedLiterallyAndNotRenderedAgain() {
    assertThat(
            Placeholders.render(
                "{ticket.title}", Map.of("ticket.title", "Costs $1 {agent.name} \\ ok")))
        .isEqualTo("Costs $1 {agent.name} \\ ok");
  }

  @Test
  void bracesThatAreNotPlaceholdersStayAsWritten() {
    String body = "Use {} or { spaced } or {\"json\": 1} or {word} or }{ — {ticket.number}";
    Placeholders.check(body);

    assertThat(Placeholders.render(body, VALUES))
        .isEqualTo("Use {} or { spaced } or {\"json\": 1} or {word} or }{ — LKT-2026-000042-6");
  }

  @Test
  void anUnknownPlaceholderIsRefusedNamingIt() {
    assertThatThrownBy(() -> Placeholders.check("Hi {requester.nmae}, {ticket.number}"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e -> {
              assertThat(e.fields())
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.name()).isEqualTo("body");
                        assertThat(f.messageKey()).isEqualTo("canned.placeholder.unknown");
                        assertThat(f.args()).containsExactly("{requester.nmae}");
                      });
            });
  }

  @Test
  void placeholdersAreCaseSensitive() {
    assertThatThrownBy(() -> Placeholders.check("{Ticket.Number}"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("canned.placeholder.unknown");
  }

  @Test
  void anUnclosedPlaceholderIsRefusedAsMalformed() {
    assertThatThrownBy(() -> Placeholders.check("See {ticket.number and more"))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .singleElement()
                    .satisfies(
                        f -> {
                          assertThat(f.messageKey()).isEqualTo("canned.placeholder.malformed");
                          assertThat(f.args()).containsExactly("{ticket.number");
                        }));
  }

  @Test
  void anUnknownPlaceholderIsNeverFilled() {
    assertThat(Placeholders.render("{ticket.secret}", Map.of("ticket.secret", "x")))
        .isEqualTo("{ticket.secret}");
  }

  @Test
  void listsTheKnownPlaceholdersABodyUses() {
    assertThat(Placeholders.used("{agent.name} {ticket.number} {agent.name} {x.y"))
        .containsExactly("agent.name", "ticket.number");
    assertThat(Placeholders.names()).containsExactlyInAnyOrderElementsOf(Placeholders.KNOWN);
  }
}
