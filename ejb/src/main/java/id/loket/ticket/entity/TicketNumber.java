package id.loket.ticket.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number by which people refer to a ticket, e.g. {@code LKT-2026-000042-6}.
 *
 * <p>Format {@code LKT-YYYY-NNNNNN-C}: the year the ticket was opened, a sequence zero-padded to at
 * least six digits (longer once it exceeds 999999, never with superfluous zeros) and a check digit.
 * Ticket numbers are read out over the phone and typed from e-mails, so mistakes are common. The
 * check digit is computed with the Damm algorithm over the digits of year and padded sequence; it
 * catches every single-digit error and every swap of two adjacent digits, so a mistyped number is
 * rejected instead of silently pointing at someone else's ticket.
 *
 * <p>Instances are always valid: the canonical constructor accepts only the exact canonical form.
 * Use {@link #parse(String)} for user input, which is lenient about surrounding blanks and the case
 * of the prefix.
 */
public record TicketNumber(String value) implements Serializable, Comparable<TicketNumber> {

  private static final String PREFIX = "LKT-";
  private static final Pattern FORMAT =
      Pattern.compile("LKT-([1-9][0-9]{3})-([0-9]{6,19})-([0-9])");

  /** The standard totally anti-symmetric quasigroup of order 10 used by the Damm algorithm. */
  private static final int[][] DAMM = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
    {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
    {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
    {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
    {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
    {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
    {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
  };

  /**
   * @throws InvalidTicketNumberException unless {@code value} is a canonical ticket number with a
   *     correct check digit
   */
  public TicketNumber {
    if (value == null) {
      throw new InvalidTicketNumberException(null);
    }
    Matcher m = FORMAT.matcher(value);
    if (!m.matches()) {
      throw new InvalidTicketNumberException(value);
    }
    String sequenceText = m.group(2);
    long sequence;
    try {
      sequence = Long.parseLong(sequenceText);
    } catch (NumberFormatException tooLarge) {
      throw new InvalidTicketNumberException(value);
    }
    if (sequence < 1
        || !sequenceText.equals(pad(sequence))
        || damm(m.group(1) + sequenceText + m.group(3)) != 0) {
      throw new InvalidTicketNumberException(value);
    }
  }

  /**
   * Builds the number for the given year and sequence, computing the check digit.
   *
   * @throws IllegalArgumentException if the year is not within 1000–9999 or the sequence is below 1
   */
  public static TicketNumber of(int year, long sequence) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year must be within 1000-9999: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1: " + sequence);
    }
    String padded = pad(sequence);
    return new TicketNumber(PREFIX + year + '-' + padded + '-' + damm(year + padded));
  }

  /**
   * Parses user input: surrounding blanks are ignored and the prefix may be in any case.
   *
   * @throws InvalidTicketNumberException if the text is {@code null}, malformed or fails the check
   *     digit
   */
  public static TicketNumber parse(String text) {
    if (text == null) {
      throw new InvalidTicketNumberException(null);
    }
    String trimmed = text.strip();
    if (trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      trimmed = PREFIX + trimmed.substring(PREFIX.length());
    }
    try {
      return new TicketNumber(trimmed);
    } catch (InvalidTicketNumberException e) {
      throw new InvalidTicketNumberException(text);
    }
  }

  private static final Pattern WITHOUT_CHECK =
      Pattern.compile("(?i)(?:LKT-)?([1-9][0-9]{3})-([0-9]{1,19})");

  /**
   * Parses a number typed by staff who refer to a ticket they see (e.g. linking it): as {@link
   * #parse}, or without its check digit ({@code LKT-2026-000042}, {@code 2026-42}), which is then
   * computed. Only for pickers that show the ticket found, so a typo is seen at once.
   *
   * @throws InvalidTicketNumberException if the text is neither form
   */
  public static TicketNumber parseWithOrWithoutCheckDigit(String text) {
    if (text != null) {
      var m = WITHOUT_CHECK.matcher(text.strip());
      if (m.matches()) {
        try {
          return of(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
        } catch (IllegalArgumentException e) {
          throw new InvalidTicketNumberException(text);
        }
      }
    }
    return parse(text);
  }

  /**
   * @return whether {@link #parse(String)} would accept the text
   */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidTicketNumberException e) {
      return false;
    }
  }

  /**
   * @return the year part, e.g. 2026
   */
  public int year() {
    return Integer.parseInt(value.substring(4, 8));
  }

  /**
   * @return the sequence part, e.g. 42
   */
  public long sequence() {
    return Long.parseLong(value.substring(9, value.length() - 2));
  }

  @Override
  public String toString() {
    return value;
  }

  /** Orders by year, then sequence: the order in which the numbers were handed out. */
  @Override
  public int compareTo(TicketNumber other) {
    int byYear = Integer.compare(year(), other.year());
    return byYear != 0 ? byYear : Long.compare(sequence(), other.sequence());
  }

  private static String pad(long sequence) {
    return String.format(Locale.ROOT, "%06d", sequence);
  }

  /**
   * Runs the Damm algorithm over a string of ASCII digits. For data digits the result is their
   * check digit; for data digits followed by their check digit the result is 0.
   */
  static int damm(CharSequence digits) {
    int interim = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException("not a digit at " + i + ": " + digits);
      }
      interim = DAMM[interim][digit];
    }
    return interim;
  }
}
