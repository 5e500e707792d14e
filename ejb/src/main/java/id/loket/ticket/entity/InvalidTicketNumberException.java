package id.loket.ticket.entity;

import id.loket.shared.DomainException;

/**
 * Text that was supposed to be a {@link TicketNumber} is malformed or fails its check digit.
 * Message key {@value #KEY}, argument {@code {input}}.
 */
public class InvalidTicketNumberException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** Resource-bundle key of the user-facing message. */
  public static final String KEY = "ticket.number.invalid";

  private final String input;

  public InvalidTicketNumberException(String input) {
    super(
        Kind.MALFORMED,
        KEY,
        "'" + input + "' is not a valid ticket number (expected LKT-YYYY-NNNNNN-C)",
        input);
    this.input = input;
  }

  /**
   * @return the rejected text, as given (may be {@code null})
   */
  public String input() {
    return input;
  }
}
