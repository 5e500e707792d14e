package id.loket.mail.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of mail into text with the charset the sender named, and guesses sensibly when
 * the name is missing, misspelled or a lie: valid UTF-8 is UTF-8, anything else was most likely
 * written on Windows (windows-1252, a superset of ISO-8859-1).
 */
final class MailCharsets {

  static final Charset FALLBACK = Charset.forName("windows-1252");

  /** Names seen in real mail that Java does not know under that name. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "ks_c_5601-1987", "x-windows-949",
          "iso-8859-8-i", "ISO-8859-8",
          "unicode-1-1-utf-7", "UTF-8",
          "x-user-defined", "windows-1252",
          "gb2312", "GB18030",
          "gbk", "GB18030",
          "cp-850", "IBM850",
          "latin-1", "ISO-8859-1",
          "ansi_x3.4-1968", "US-ASCII");

  private MailCharsets() {}

  /** The charset for a name from a header, or empty if unknown or missing. */
  static Optional<Charset> lookup(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().replace("\"", "").replace("'", "");
    int star = n.indexOf('*'); // RFC 2231 language: utf-8*en
    if (star >= 0) {
      n = n.substring(0, star);
    }
    n = n.toLowerCase(Locale.ROOT);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    n = ALIASES.getOrDefault(n, n);
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalArgumentException e) { // illegal or unsupported name
      return Optional.empty();
    }
  }

  /**
   * Decodes with the named charset; US-ASCII, missing or unknown names (the latter with a warning)
   * mean UTF-8 if the bytes are valid UTF-8, otherwise windows-1252. Declared UTF-8 that is not
   * (with a warning) is windows-1252 too, and ISO-8859-1 is read as its superset windows-1252.
   */
  static String decode(byte[] bytes, String charsetName, List<String> warnings) {
    Optional<Charset> cs = lookup(charsetName);
    if (cs.isEmpty() && charsetName != null && !charsetName.isBlank()) {
      warnings.add("unknown charset " + charsetName.strip());
    }
    if (cs.isEmpty() || cs.get().equals(StandardCharsets.US_ASCII)) {
      return guess(bytes);
    }
    if (cs.get().equals(StandardCharsets.UTF_8)) {
      String text = guess(bytes);
      if (!isUtf8(bytes)) {
        warnings.add("declared UTF-8 is not UTF-8, read as windows-1252");
      }
      return text;
    }
    if (cs.get().equals(StandardCharsets.ISO_8859_1)) {
      return new String(
          bytes, FALLBACK); // as browsers do: the C1 range is windows-1252 in practice
    }
    return new String(bytes, cs.get());
  }

  /** UTF-8 if the bytes are valid UTF-8, otherwise windows-1252. */
  static String guess(byte[] bytes) {
    try {
      return strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      return new String(bytes, FALLBACK);
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      strictUtf8(bytes);
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * A header as Jakarta Mail read it (one char per byte) turned into text: raw 8-bit bytes are
   * taken as UTF-8 if valid, otherwise as windows-1252.
   */
  static String rawHeader(String latin1) {
    if (latin1 == null) {
      return null;
    }
    for (int i = 0; i < latin1.length(); i++) {
      char c = latin1.charAt(i);
      if (c > 0xFF) {
        return latin1; // already decoded text
      }
      if (c > 0x7F) {
        return guess(latin1.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return latin1;
  }
}
