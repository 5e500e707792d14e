package id.loket.mail.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words ({@code =?charset?B|Q?...?=}) in subjects and names, decoded leniently the
 * way mail clients do: words glued together without whitespace, several charsets in one header,
 * multi-byte characters split across two words, and unknown charsets (windows-1252 with a warning).
 */
final class EncodedWords {

  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?]*?)\\?=");
  private static final Pattern BLANK = Pattern.compile("[ \\t\\r\\n]*");

  private EncodedWords() {}

  /** The header text with every encoded word decoded; whitespace between two words is dropped. */
  static String decode(String header, List<String> warnings) {
    if (header == null || !header.contains("=?")) {
      return header;
    }
    StringBuilder out = new StringBuilder(header.length());
    Matcher m = WORD.matcher(header);
    int pos = 0;
    String runCharset = null;
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    while (m.find()) {
      String between = header.substring(pos, m.start());
      boolean adjacent = runCharset != null && BLANK.matcher(between).matches();
      String charset = m.group(1);
      if (!adjacent || !charset.equalsIgnoreCase(runCharset)) {
        flush(out, run, runCharset, warnings);
        if (!adjacent) {
          out.append(between);
        }
        runCharset = charset;
      }
      byte[] bytes = bytes(m.group(2), m.group(3));
      run.write(bytes, 0, bytes.length);
      pos = m.end();
    }
    flush(out, run, runCharset, warnings);
    out.append(header, pos, header.length());
    return out.toString();
  }

  private static void flush(
      StringBuilder out, ByteArrayOutputStream run, String charset, List<String> warnings) {
    if (charset == null || run.size() == 0) {
      run.reset();
      return;
    }
    out.append(MailCharsets.decode(run.toByteArray(), charset, warnings));
    run.reset();
  }

  private static byte[] bytes(String encoding, String text) {
    if (encoding.equalsIgnoreCase("B")) {
      return TransferDecoding.base64(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_') {
        b.write(' ');
      } else if (c == '=' && hex(text, i + 1) >= 0) {
        b.write(hex(text, i + 1));
        i += 2;
      } else {
        b.write(c > 0xFF ? '?' : c);
      }
    }
    return b.toByteArray();
  }

  private static int hex(String s, int at) {
    if (at + 1 >= s.length()) {
      return -1;
    }
    int hi = Character.digit(s.charAt(at), 16);
    int lo = Character.digit(s.charAt(at + 1), 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }
}
