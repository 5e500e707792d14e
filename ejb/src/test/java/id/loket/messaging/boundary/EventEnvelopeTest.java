package id.loket.messaging.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

  private static final EventEnvelope EVENT =
      new EventEnvelope(
          42L,
          "TICKET_CREATED",
          "ticket",
          "LKT-2026-000001-5",
          Instant.parse("2026-11-23T08:00:00.123456Z"),
          Json.createObjectBuilder().add("requester", "dewi \"d\" ṡ").build());

  @Test
  void survivesTheWire() {
    EventEnvelope back = EventEnvelope.fromJson(EVENT.toJson());

    assertThat(back).isEqualTo(EVENT);
    assertThat(back.text("requester")).isEqualTo("dewi \"d\" ṡ");
  }

  @Test
  void aMissingFieldIsNamed() {
    assertThatThrownBy(() -> EVENT.text("number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("42")
        .hasMessageContaining("number");
  }

  @Test
  void whatIsNotAnEnvelopeIsRefusedAsSuch() {
    for (String poison :
        new String[] {
          null,
          "",
          "not json",
          "[]",
          "{}",
          "{\"eventId\":\"x\",\"type\":\"T\",\"aggregateType\":\"a\",\"key\":\"k\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}",
          "{\"eventId\":1,\"type\":\"T\",\"aggregateType\":\"a\",\"key\":\"k\",\"occurredAt\":\"yesterday\"}",
          "{\"eventId\":1.5,\"type\":\"T\",\"aggregateType\":\"a\",\"key\":\"k\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}"
        }) {
      assertThatThrownBy(() -> EventEnvelope.fromJson(poison))
          .as(String.valueOf(poison))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
