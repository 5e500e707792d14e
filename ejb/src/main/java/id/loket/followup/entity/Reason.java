package id.loket.followup.entity;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.Text;

/**
 * Why a requester reopens or escalates a ticket: required, plain text, at most {@value #MAX}
 * characters.
 */
public record Reason(String text) {

  public static final int MAX = 2000;

  /**
   * @throws InvalidFieldException naming {@code reason} if the text is empty, too long or not plain
   */
  public static Reason of(String text) {
    String cleaned = Text.cleanOrNull(text);
    if (cleaned == null) {
      throw new InvalidFieldException("reason", "followup.reason.required");
    }
    if (cleaned.length() > MAX) {
      throw new InvalidFieldException("reason", "followup.reason.size", MAX);
    }
    if (!Text.isPlain(cleaned)) {
      throw new InvalidFieldException("reason", "followup.text.plain");
    }
    return new Reason(cleaned);
  }
}
