package id.loket.mail.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Line ends as mail needs them: CRLF on the wire, whatever a mail program or a Unix mailbox wrote
 * (bare LF, bare CR, a mix), and LF with no trailing spaces in the text a person reads.
 */
final class LineEnds {

  private LineEnds() {}

  /** The bytes with every line ending as CRLF; a warning if any was not. */
  static byte[] toCrlf(byte[] raw, List<String> warnings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + raw.length / 40);
    boolean repaired = false;
    for (int i = 0; i < raw.length; i++) {
      byte b = raw[i];
      if (b == '\r') {
        out.write('\r');
        out.write('\n');
        if (i + 1 < raw.length && raw[i + 1] == '\n') {
          i++;
        } else {
          repaired = true;
        }
      } else if (b == '\n') {
        out.write('\r');
        out.write('\n');
        repaired = true;
      } else {
        out.write(b);
      }
    }
    if (repaired) {
      warnings.add("line ends repaired to CRLF");
    }
    return out.toByteArray();
  }

  /** Without the "From sender date" line that Unix mailboxes put before each mail. */
  static byte[] withoutMboxFromLine(byte[] crlf) {
    if (crlf.length > 5 && new String(crlf, 0, 5, StandardCharsets.ISO_8859_1).equals("From ")) {
      for (int i = 0; i + 1 < crlf.length; i++) {
        if (crlf[i] == '\r' && crlf[i + 1] == '\n') {
          byte[] rest = new byte[crlf.length - i - 2];
          System.arraycopy(crlf, i + 2, rest, 0, rest.length);
          return rest;
        }
      }
    }
    return crlf;
  }

  static String firstLine(byte[] crlf) {
    int end = 0;
    while (end < crlf.length && crlf[end] != '\r' && end < 1000) {
      end++;
    }
    return new String(crlf, 0, end, StandardCharsets.ISO_8859_1);
  }

  /** LF line ends, no trailing spaces, no blank lines at either end. */
  static String tidy(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    t = t.replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("[ \\t\\u00A0]+$", "");
    return t.replaceAll("\\n{3,}", "\n\n").replaceAll("^\\n+", "").replaceAll("\\n+$", "");
  }

  /**
   * RFC 3676 format=flowed: a line ending in a space goes on in the next line (its quote depth
   * markers kept as they are); with delsp the space is removed.
   */
  static String unflow(String text, boolean delsp) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    for (String line : lines) {
      boolean soft = line.endsWith(" ") && !line.equals("-- ");
      String l = line.startsWith(" ") ? line.substring(1) : line; // space-stuffing
      out.append(soft && delsp ? l.substring(0, l.length() - 1) : l);
      if (!soft) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
