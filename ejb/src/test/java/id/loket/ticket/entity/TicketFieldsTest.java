package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import id.loket.shared.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A ticket's request type, form values and channel: set once at intake, changes audited. */
class TicketFieldsTest {

  private static JsonObject json(String text) {
    try (var r = Json.createReader(text)) {
      return r.readObject();
    }
  }

  @Test
  void phoneIntakeRecordsTheAgentAsCreatorButTheRequesterOwns() {
    Ticket t = newTicket();
    t.intake("flight-booking", "{\"routeFrom\":\"CGK\"}", Channel.PHONE, AGENT);
    assertThat(t.isOwnedBy(REQUESTER)).isTrue();
    assertThat(t.getChannel()).isEqualTo(Channel.PHONE);
    assertThat(t.getRequestType()).isEqualTo("flight-booking");
    assertThat(t.pendingChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo(Change.FIELD_CREATED);
              assertThat(c.actor()).isEqualTo(AGENT);
            });
  }

  @Test
  void eachChangedFieldIsOneAuditedChangeWithTypedValues() {
    Ticket t = newTicket();
    t.intake(
        "t",
        "{\"airline\":\"GA\",\"seats\":12,\"when\":\"2026-12-02\"}",
        Channel.PORTAL,
        REQUESTER);
    t.pullChanges();
    JsonObject before = json(t.getFields());
    String after = "{\"airline\":\"QG\",\"seats\":12,\"paid\":true}";
    t.changeFields(before, json(after), after, AGENT, LATER);

    assertThat(t.pullChanges())
        .extracting(c -> c.field() + ":" + c.oldText() + "->" + c.newText() + "@" + c.actor())
        .containsExactlyInAnyOrder(
            "field:airline:\"GA\"->\"QG\"@bob",
            "field:when:\"2026-12-02\"->null@bob",
            "field:paid:null->true@bob");
    assertThat(t.getFields()).isEqualTo(after);
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(AuditEntry.json(json(after).get("seats"))).isEqualTo("12");
  }

  @Test
  void sameValuesChangeNothingAndAClosedTicketRefuses() {
    Ticket t = newTicket();
    t.intake("t", "{\"a\":\"x\"}", Channel.API, REQUESTER);
    t.pullChanges();
    t.changeFields(json("{\"a\":\"x\"}"), json("{\"a\":\"x\"}"), "{\"a\":\"x\"}", AGENT, LATER);
    assertThat(t.pendingChanges()).isEmpty();
    assertThat(t.getUpdatedAt()).isEqualTo(T0);

    Ticket closed = ticketIn(TicketStatus.CLOSED);
    assertThatThrownBy(
            () -> closed.changeFields(json("{}"), json("{\"a\":\"y\"}"), "{}", AGENT, LATER))
        .isInstanceOf(DomainException.class);
  }
}
