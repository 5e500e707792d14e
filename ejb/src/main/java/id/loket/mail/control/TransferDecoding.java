package id.loket.mail.control;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Locale;

/**
 * Content-Transfer-Encoding undone forgivingly: a broken base64 line or a stray "=" in
 * quoted-printable must not cost the customer the whole message.
 */
final class TransferDecoding {

  private TransferDecoding() {}

  /** The decoded bytes for the encoding named in the header (none, 7bit, 8bit, binary: as is). */
  static byte[] decode(byte[] raw, String encoding) {
    String e = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    return switch (e) {
      case "base64" -> base64(raw);
      case "quoted-printable" -> quotedPrintable(raw);
      default -> raw;
    };
  }

  /** Base64, skipping everything outside the alphabet and a dangling last quantum. */
  static byte[] base64(byte[] raw) {
    ByteArrayOutputStream clean = new ByteArrayOutputStream(raw.length);
    for (byte b : raw) {
      if (b == '=') {
        break;
      }
      if ((b >= 'A' && b <= 'Z')
          || (b >= 'a' && b <= 'z')
          || (b >= '0' && b <= '9')
          || b == '+'
          || b == '/') {
        clean.write(b);
      }
    }
    byte[] chars = clean.toByteArray();
    int usable = chars.length - (chars.length % 4 == 1 ? 1 : 0);
    byte[] trimmed = new byte[usable];
    System.arraycopy(chars, 0, trimmed, 0, usable);
    return Base64.getDecoder().decode(pad(trimmed));
  }

  private static byte[] pad(byte[] chars) {
    int missing = (4 - chars.length % 4) % 4;
    byte[] padded = new byte[chars.length + missing];
    System.arraycopy(chars, 0, padded, 0, chars.length);
    for (int i = chars.length; i < padded.length; i++) {
      padded[i] = '=';
    }
    return padded;
  }

  /** Quoted-printable; soft line breaks joined, invalid escapes kept literally. */
  static byte[] quotedPrintable(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b != '=') {
        out.write(b);
        continue;
      }
      int j = i + 1;
      while (j < raw.length && (raw[j] == ' ' || raw[j] == '\t')) {
        j++;
      }
      if (j < raw.length && (raw[j] == '\r' || raw[j] == '\n')) { // soft line break
        i = (raw[j] == '\r' && j + 1 < raw.length && raw[j + 1] == '\n') ? j + 1 : j;
        continue;
      }
      if (j >= raw.length) {
        i = j;
        continue;
      }
      int hi = i + 1 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
      int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
      if (hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }
}
