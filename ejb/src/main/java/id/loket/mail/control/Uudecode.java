package id.loket.mail.control;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * uuencoded files, still sent by old mail programs and scanners, either as a whole part ({@code
 * Content-Transfer-Encoding: x-uuencode}) or pasted into a text body between {@code begin 644 name}
 * and {@code end}. They become attachments and vanish from the text.
 */
public final class Uudecode {

  private static final Pattern BEGIN =
      Pattern.compile("^begin(?:-base64)? +([0-7]{3,4}) +(\\S.*?)\\s*$", Pattern.MULTILINE);

  /**
   * One uuencoded file.
   *
   * @param fileName the name from the begin line
   * @param content the decoded bytes
   */
  public record File(String fileName, byte[] content) {}

  /**
   * What a text body holds.
   *
   * @param text the text without the uuencoded blocks
   * @param files the blocks found, in order
   */
  public record Extracted(String text, List<File> files) {}

  private Uudecode() {}

  /** Takes every complete {@code begin ... end} block out of a text. */
  public static Extracted extract(String text) {
    List<File> files = new ArrayList<>();
    if (text == null || !text.contains("begin ")) {
      return new Extracted(text, files);
    }
    StringBuilder rest = new StringBuilder(text.length());
    Matcher m = BEGIN.matcher(text);
    int pos = 0;
    while (m.find(pos)) {
      int endAt = findEnd(text, m.end());
      if (endAt < 0) {
        break;
      }
      String block = text.substring(m.end(), endAt);
      files.add(new File(m.group(2), decodeLines(block)));
      rest.append(text, pos, m.start());
      int after = text.indexOf('\n', endAt);
      pos = after < 0 ? text.length() : after + 1;
    }
    rest.append(text, pos, text.length());
    return new Extracted(rest.toString(), files);
  }

  /**
   * A whole uuencoded part: the file of its first begin block, or its lines decoded as they are.
   */
  public static File decodePart(byte[] raw, String fallbackName) {
    String text = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
    Extracted e = extract(text.replace("\r\n", "\n"));
    if (!e.files().isEmpty()) {
      return e.files().get(0);
    }
    return new File(fallbackName, decodeLines(text));
  }

  private static int findEnd(String text, int from) {
    Matcher end = Pattern.compile("^end\\s*$", Pattern.MULTILINE).matcher(text);
    return end.find(from) ? end.start() : -1;
  }

  /** Decodes uuencoded lines (each starts with its length character); bad lines are skipped. */
  static byte[] decodeLines(String block) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : block.split("\r?\n")) {
      if (line.isEmpty() || line.startsWith("begin ")) {
        continue;
      }
      int n = (line.charAt(0) - 32) & 0x3F;
      if (n == 0) {
        continue; // the "`" or " " line before end
      }
      byte[] buf = new byte[n];
      int written = 0;
      for (int i = 1; written < n && i < line.length(); i += 4) {
        int c0 = val(line, i);
        int c1 = val(line, i + 1);
        int c2 = val(line, i + 2);
        int c3 = val(line, i + 3);
        int[] bytes = {
          (c0 << 2) | (c1 >> 4), ((c1 & 0xF) << 4) | (c2 >> 2), ((c2 & 0x3) << 6) | c3
        };
        for (int k = 0; k < 3 && written < n; k++) {
          buf[written++] = (byte) bytes[k];
        }
      }
      out.write(buf, 0, written);
    }
    return out.toByteArray();
  }

  private static int val(String line, int at) {
    return at < line.length() ? (line.charAt(at) - 32) & 0x3F : 0;
  }
}
