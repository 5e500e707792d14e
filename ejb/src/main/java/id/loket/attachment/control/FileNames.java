package id.loket.attachment.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names as Loket keeps and hands them out: the last path segment only, no control or separator
 * characters, at most {@value #MAX} characters with the extension kept; and the {@code
 * Content-Disposition} header that gives it back to a browser (RFC 6266 with an RFC 5987 {@code
 * filename*} for names that are not plain ASCII).
 */
public final class FileNames {

  public static final int MAX = 200;
  static final String FALLBACK = "file";

  private FileNames() {}

  /** A file name as uploaded, made safe to store and show. */
  public static String clean(String uploaded) {
    if (uploaded == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              boolean bad =
                  Character.isISOControl(c)
                      || Character.getType(c) == Character.FORMAT
                      || Character.getType(c) == Character.LINE_SEPARATOR
                      || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                      || "<>:\"|?*".indexOf(c) >= 0;
              b.appendCodePoint(bad ? '_' : (Character.isWhitespace(c) ? ' ' : c));
            });
    name = b.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1); // no hidden files, no ".." left over
    }
    name = name.strip();
    if (name.isEmpty()) {
      return FALLBACK;
    }
    return shorten(name);
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    String base = ext.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX - ext.codePointCount(0, ext.length());
    return base.substring(0, base.offsetByCodePoints(0, keep)) + ext;
  }

  /**
   * @param inline whether the browser may show it in place (pictures, videos) rather than save it
   * @return the value of the {@code Content-Disposition} header for {@code name}
   */
  public static String contentDisposition(String name, boolean inline) {
    String clean = clean(name);
    StringBuilder ascii = new StringBuilder(clean.length());
    for (char c : clean.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    String encoded =
        URLEncoder.encode(clean, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace("*", "%2A")
            .replace("%7E", "~");
    return (inline ? "inline" : "attachment")
        + "; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + encoded;
  }
}
