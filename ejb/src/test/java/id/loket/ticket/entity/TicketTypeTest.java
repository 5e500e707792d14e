package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Staff re-classify a ticket under another request type; its form values stay as stored. */
class TicketTypeTest {

  @Test
  void aNewTypeIsReportedWithItsOldOneAndKeepsTheFieldValues() {
    Ticket t = newTicket();
    t.intake("hardware-fault", "{\"service\":\"Printer\"}", Channel.API, REQUESTER);
    t.pullChanges();
    t.changeType("network-vpn", AGENT, LATER);
    assertThat(t.getRequestType()).isEqualTo("network-vpn");
    assertThat(t.getFields()).isEqualTo("{\"service\":\"Printer\"}");
    assertThat(t.pullChanges())
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor)
        .containsExactly(tuple("request_type", "hardware-fault", "network-vpn", AGENT));
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void aTicketWithoutTypeGetsOneAndTheSameTypeReportsNothing() {
    Ticket t = newTicket();
    t.pullChanges();
    t.changeType(" email-problem ", AGENT, LATER);
    assertThat(t.pullChanges())
        .extracting(Change::oldText, Change::newText)
        .containsExactly(tuple(null, "email-problem"));
    t.changeType("email-problem", AGENT, LATER.plusSeconds(1));
    assertThat(t.pullChanges()).isEmpty();
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void noTypeAndAClosedTicketAreRefused() {
    Ticket t = newTicket();
    assertThatThrownBy(() -> t.changeType(" ", AGENT, LATER)).isInstanceOf(DomainException.class);
    Ticket closed = ticketIn(TicketStatus.CLOSED);
    assertThatThrownBy(() -> closed.changeType("email-problem", AGENT, LATER))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).messageKey())
        .isEqualTo(Ticket.KEY_CLOSED);
    assertThat(closed.getRequestType()).isNull();
  }
}
