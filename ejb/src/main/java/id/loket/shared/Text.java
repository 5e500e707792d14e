package id.loket.shared;

import java.text.Normalizer;

/**
 * What Loket does to every text a person types, whether through a page or the API: Unicode
 * normalisation (NFC, so that "é" typed two ways is one text) and trimming of every kind of white
 * space at both ends — not only the ASCII spaces that {@link String#strip()} knows, but also
 * no-break spaces (U+00A0, U+2007, U+202F) and the invisible zero-width characters (U+200B, U+200C,
 * U+200D, U+2060, U+FEFF). A title of nothing but such characters is therefore empty, and
 * {@code @NotBlank} refuses it like an empty one.
 *
 * <p>Characters that never belong in a ticket (control characters other than line breaks and tabs,
 * halves of a surrogate pair) are not removed silently: {@link #isPlain(String)} finds them and the
 * {@link PlainText} constraint refuses the input, naming the field.
 */
public final class Text {

  private Text() {}

  /**
   * @return {@code value} in NFC without leading or trailing white space of any kind; {@code null}
   *     for {@code null}
   */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
    int start = 0;
    int end = normalised.length();
    while (start < end && isSpace(normalised.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(normalised.charAt(end - 1))) {
      end--;
    }
    return normalised.substring(start, end);
  }

  /** {@link #clean(String)}, and {@code null} when nothing is left. */
  public static String cleanOrNull(String value) {
    String cleaned = clean(value);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned;
  }

  /**
   * @return whether {@code value} has no control character other than line feed, carriage return
   *     and tab, and no unpaired surrogate ({@code null} counts as plain)
   */
  public static boolean isPlain(String value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u180E';
  }
}
