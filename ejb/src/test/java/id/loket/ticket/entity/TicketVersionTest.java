package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A write based on an older copy is refused as STALE, naming both versions; no copy: no check. */
class TicketVersionTest {

  @Test
  void aWriteBasedOnAnOlderVersionIsRefusedWithBothVersions() {
    Ticket ticket = newTicket(); // version 0 until stored

    DomainException e =
        catchThrowableOfType(() -> ticket.requireVersion(3L), DomainException.class);

    assertThat(e.kind()).isEqualTo(DomainException.Kind.STALE);
    assertThat(e.messageKey()).isEqualTo("ticket.stale");
    assertThat(e.args()).containsExactly(NUMBER.value(), 3L, 0L);
  }

  @Test
  void theCurrentVersionOrNoneSentPasses() {
    Ticket ticket = newTicket();

    assertThatCode(() -> ticket.requireVersion(0L)).doesNotThrowAnyException();
    assertThatCode(() -> ticket.requireVersion(null)).doesNotThrowAnyException();
  }
}
