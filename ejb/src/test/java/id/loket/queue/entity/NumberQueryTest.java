package id.loket.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.ticket.entity.TicketNumber;
import org.junit.jupiter.api.Test;

class NumberQueryTest {

  private static final String N = TicketNumber.of(2026, 123).value();

  @Test
  void aFullNumberIsItselfAndAWrongCheckDigitIsNothing() {
    assertThat(NumberQuery.candidates(N, 2026)).containsExactly(N);
    assertThat(NumberQuery.candidates(N.toLowerCase(), 2026)).containsExactly(N);
    char wrong = N.charAt(N.length() - 1) == '0' ? '1' : '0';
    assertThat(NumberQuery.candidates(N.substring(0, N.length() - 1) + wrong, 2026)).isEmpty();
  }

  @Test
  void withoutTheCheckDigitItIsComputed() {
    assertThat(NumberQuery.candidates("LKT-2026-000123", 2026)).containsExactly(N);
    assertThat(NumberQuery.candidates("2026-123", 2026)).containsExactly(N);
  }

  @Test
  void aBareSequenceIsLookedUpInRecentYearsNewestFirst() {
    assertThat(NumberQuery.candidates(" 123 ", 2026))
        .hasSize(NumberQuery.YEARS_BACK + 1)
        .startsWith(N)
        .contains(TicketNumber.of(2022, 123).value());
  }

  @Test
  void wordsAreNoNumber() {
    assertThat(NumberQuery.candidates("vpn down", 2026)).isEmpty();
    assertThat(NumberQuery.candidates("0", 2026)).isEmpty();
    assertThat(NumberQuery.candidates("", 2026)).isEmpty();
  }
}
