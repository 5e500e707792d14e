package id.loket.ticket.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketEventTest {

  @Test
  void survivesTheTripThroughJsonUnchanged() {
    TicketEvent event =
        new TicketEvent(
            "6f1c0b7e-3a59-4c2e-9b1d-2f0f3e1a9c11",
            TicketEvent.CREATED,
            "LKT-2026-000042-6",
            "rina",
            "P2",
            Instant.parse("2026-11-22T08:15:30.123Z"));
    assertThat(TicketEvent.fromJson(event.toJson())).isEqualTo(event);
  }

  @Test
  void quotesAndNonAsciiInValuesAreEscaped() {
    TicketEvent event =
        new TicketEvent(
            "e1", TicketEvent.CREATED, "LKT-2026-000001-5", "dewi \"d\" ṡ", "P4", Instant.EPOCH);
    assertThat(TicketEvent.fromJson(event.toJson()).requester()).isEqualTo("dewi \"d\" ṡ");
  }
}
