package id.loket.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Staff picking a ticket they will see may leave out the check digit; a wrong one still fails. */
class TicketNumberLenientTest {

  private static final String FULL = TicketNumber.of(2026, 42).value();

  @Test
  void withOrWithoutCheckDigitOrPrefixItIsTheSameTicket() {
    assertThat(TicketNumber.parseWithOrWithoutCheckDigit(FULL).value()).isEqualTo(FULL);
    assertThat(TicketNumber.parseWithOrWithoutCheckDigit(" lkt-2026-000042 ").value())
        .isEqualTo(FULL);
    assertThat(TicketNumber.parseWithOrWithoutCheckDigit("2026-42").value()).isEqualTo(FULL);
  }

  @Test
  void aWrongCheckDigitOrGarbageIsRefused() {
    char check = FULL.charAt(FULL.length() - 1);
    String wrong = FULL.substring(0, FULL.length() - 1) + (char) ('0' + (check - '0' + 1) % 10);
    assertThatThrownBy(() -> TicketNumber.parseWithOrWithoutCheckDigit(wrong))
        .isInstanceOf(InvalidTicketNumberException.class);
    assertThatThrownBy(() -> TicketNumber.parseWithOrWithoutCheckDigit("2026-0"))
        .isInstanceOf(InvalidTicketNumberException.class);
    assertThatThrownBy(() -> TicketNumber.parseWithOrWithoutCheckDigit("hello"))
        .isInstanceOf(InvalidTicketNumberException.class);
    assertThatThrownBy(() -> TicketNumber.parseWithOrWithoutCheckDigit(null))
        .isInstanceOf(InvalidTicketNumberException.class);
  }
}
