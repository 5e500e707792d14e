package id.loket.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

  /** Samples covering small and large sequences, years at both ends, and a 7-digit sequence. */
  static Stream<TicketNumber> samples() {
    return Stream.of(
        TicketNumber.of(2026, 42),
        TicketNumber.of(1000, 1),
        TicketNumber.of(9999, 999_999),
        TicketNumber.of(2031, 1_234_567),
        TicketNumber.of(2027, 905_318));
  }

  @Test
  void formatsYearPaddedSequenceAndDammCheckDigit() {
    TicketNumber number = TicketNumber.of(2026, 42);

    assertThat(number.value()).isEqualTo("LKT-2026-000042-6");
    assertThat(number).hasToString("LKT-2026-000042-6");
    assertThat(number.year()).isEqualTo(2026);
    assertThat(number.sequence()).isEqualTo(42L);
  }

  @Test
  void sequenceGrowsBeyondSixDigitsWithoutPadding() {
    TicketNumber number = TicketNumber.of(2026, 1_234_567);

    assertThat(number.value()).isEqualTo("LKT-2026-1234567-5");
    assertThat(number.sequence()).isEqualTo(1_234_567L);
  }

  @Test
  void dammMatchesThePublishedExample() {
    // Reference example of the algorithm: the check digit of 572 is 4, and 5724 validates.
    assertThat(TicketNumber.damm("572")).isEqualTo(4);
    assertThat(TicketNumber.damm("5724")).isZero();
  }

  @ParameterizedTest
  @CsvSource({"999, 1", "10000, 1", "2026, 0", "2026, -5"})
  void ofRejectsYearOutOfRangeOrSequenceBelowOne(int year, long sequence) {
    assertThatThrownBy(() -> TicketNumber.of(year, sequence))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void parseRoundTrips(TicketNumber number) {
    TicketNumber parsed = TicketNumber.parse(number.toString());

    assertThat(parsed).isEqualTo(number);
    assertThat(parsed.year()).isEqualTo(number.year());
    assertThat(parsed.sequence()).isEqualTo(number.sequence());
    assertThat(TicketNumber.of(parsed.year(), parsed.sequence())).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lkt-2026-000042-6",
        "Lkt-2026-000042-6",
        "  LKT-2026-000042-6\t",
        " lKt-2026-000042-6 "
      })
  void parseTrimsAndAcceptsAnyCaseOfPrefix(String text) {
    assertThat(TicketNumber.parse(text)).isEqualTo(TicketNumber.of(2026, 42));
    assertThat(TicketNumber.isValid(text)).isTrue();
  }

  @Test
  void canonicalConstructorAcceptsOnlyTheCanonicalForm() {
    assertThat(new TicketNumber("LKT-2026-000042-6").sequence()).isEqualTo(42L);
    assertThatThrownBy(() -> new TicketNumber("lkt-2026-000042-6"))
        .isInstanceOf(InvalidTicketNumberException.class);
    assertThatThrownBy(() -> new TicketNumber(" LKT-2026-000042-6"))
        .isInstanceOf(InvalidTicketNumberException.class);
    assertThatThrownBy(() -> new TicketNumber(null))
        .isInstanceOf(InvalidTicketNumberException.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "LKT2026-000042-6", // missing separator
        "LKT-26-000042-6", // two-digit year
        "LKT-2026-42-6", // not padded
        "LKT-2026-000042", // no check digit
        "LKT-2026-000042-66", // two check digits
        "ABC-2026-000042-6", // wrong prefix
        "LKT-2026-00004A-6", // letter in sequence
        "LKT-2026-000042-X", // letter as check digit
        "LKT 2026 000042 6", // blanks instead of hyphens
        "LKT-0999-000042-7", // year below 1000, check digit correct
        "LKT-2026-0000042-2", // superfluous zero in sequence, check digit correct
        "LKT-2026-000000-2", // sequence zero, check digit correct
        "LKT-2026-9999999999999999999-1", // sequence too large for a long, check digit correct
        "LKT-2026-٠٠٠٠٤٢-6", // non-ASCII digits
      })
  void rejectsBadFormat(String text) {
    assertThat(TicketNumber.isValid(text)).isFalse();
    InvalidTicketNumberException e =
        catchThrowableOfType(InvalidTicketNumberException.class, () -> TicketNumber.parse(text));
    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("ticket.number.invalid");
    assertThat(e.args()).containsExactly(text);
    assertThat(e.input()).isEqualTo(text);
  }

  @Test
  void formatRejectionsAboveHaveCorrectCheckDigitsSoOnlyTheFormatRuleCanRejectThem() {
    assertThat(TicketNumber.damm("09990000427")).isZero();
    assertThat(TicketNumber.damm("202600000422")).isZero();
    assertThat(TicketNumber.damm("20260000002")).isZero();
    assertThat(TicketNumber.damm("202699999999999999999991")).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 7, 8, 9})
  void rejectsWrongCheckDigit(int wrong) {
    String text = "LKT-2026-000042-" + wrong;

    assertThat(TicketNumber.isValid(text)).isFalse();
    assertThatThrownBy(() -> TicketNumber.parse(text))
        .isInstanceOf(InvalidTicketNumberException.class)
        .hasMessage("'" + text + "' is not a valid ticket number (expected LKT-YYYY-NNNNNN-C)");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void detectsEverySingleDigitError(TicketNumber number) {
    String digits = digitsOf(number.value());
    assertThat(TicketNumber.damm(digits)).isZero();
    int checked = 0;
    for (int position = 0; position < digits.length(); position++) {
      for (char wrong = '0'; wrong <= '9'; wrong++) {
        if (wrong == digits.charAt(position)) {
          continue;
        }
        StringBuilder mutated = new StringBuilder(digits);
        mutated.setCharAt(position, wrong);
        String text = withDigits(number.value(), mutated);

        assertThat(TicketNumber.damm(mutated)).as("checksum of %s", text).isNotZero();
        assertThat(TicketNumber.isValid(text)).as(text).isFalse();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(digits.length() * 9);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void detectsEveryAdjacentTransposition(TicketNumber number) {
    String digits = digitsOf(number.value());
    int checked = 0;
    for (int i = 0; i + 1 < digits.length(); i++) {
      if (digits.charAt(i) == digits.charAt(i + 1)) {
        continue;
      }
      StringBuilder swapped = new StringBuilder(digits);
      swapped.setCharAt(i, digits.charAt(i + 1));
      swapped.setCharAt(i + 1, digits.charAt(i));
      String text = withDigits(number.value(), swapped);

      assertThat(TicketNumber.damm(swapped)).as("checksum of %s", text).isNotZero();
      assertThat(TicketNumber.isValid(text)).as(text).isFalse();
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @Test
  void converterStoresCanonicalText() {
    TicketNumberConverter converter = new TicketNumberConverter();
    TicketNumber number = TicketNumber.of(2026, 42);

    assertThat(converter.convertToDatabaseColumn(number)).isEqualTo("LKT-2026-000042-6");
    assertThat(converter.convertToEntityAttribute("LKT-2026-000042-6")).isEqualTo(number);
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
    assertThatThrownBy(() -> converter.convertToEntityAttribute("LKT-2026-000042-7"))
        .isInstanceOf(InvalidTicketNumberException.class);
  }

  /** Year, sequence and check digit as one string: the input of the Damm check. */
  private static String digitsOf(String value) {
    return value.substring(4).replace("-", "");
  }

  /**
   * Puts {@code digits} back into the digit positions of {@code value}, keeping prefix and hyphens.
   */
  private static String withDigits(String value, CharSequence digits) {
    StringBuilder result = new StringBuilder(value);
    int next = 0;
    for (int i = 4; i < result.length(); i++) {
      if (result.charAt(i) != '-') {
        result.setCharAt(i, digits.charAt(next++));
      }
    }
    assertThat(next).isEqualTo(digits.length());
    return result.toString();
  }
}
