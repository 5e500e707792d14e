package id.loket.mail.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structured MIME header ({@code Content-Type}, {@code Content-Disposition}) read forgivingly:
 * unquoted values with spaces, missing semicolons' neighbours, RFC 2231 continuations and charsets
 * ({@code filename*0*=utf-8''%E2%82%AC}), RFC 2047 words in quoted names and raw 8-bit names.
 *
 * @param value the main value in lower case ("text/plain", "attachment"), "" if none
 * @param params the parameters by lower-case name, decoded
 */
record MimeParams(String value, Map<String, String> params) {

  private static final Pattern SECTION = Pattern.compile("^([^*]+)\\*(?:(\\d+)\\*?|)$");

  /** Parses a header value; null gives an empty value without parameters. */
  static MimeParams parse(String header, List<String> warnings) {
    if (header == null) {
      return new MimeParams("", Map.of());
    }
    List<String> parts = split(header);
    String value = parts.get(0).strip().toLowerCase(Locale.ROOT);
    Map<String, String> plain = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, String[]>> sections = new LinkedHashMap<>();
    for (String p : parts.subList(1, parts.size())) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String raw = unquote(p.substring(eq + 1).strip());
      Matcher m = SECTION.matcher(name);
      if (m.matches()) {
        int index = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        boolean encoded = name.endsWith("*");
        sections
            .computeIfAbsent(m.group(1), k -> new TreeMap<>())
            .put(index, new String[] {raw, encoded ? "*" : ""});
      } else {
        plain.putIfAbsent(name, EncodedWords.decode(MailCharsets.rawHeader(raw), warnings));
      }
    }
    sections.forEach((name, segs) -> plain.put(name, joinSections(segs, warnings)));
    return new MimeParams(value, plain);
  }

  String param(String name) {
    return params.get(name);
  }

  String primaryType() {
    int slash = value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }

  boolean is(String type) {
    return value.equals(type);
  }

  private static String joinSections(TreeMap<Integer, String[]> segs, List<String> warnings) {
    String charset = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean first = true;
    for (String[] seg : segs.values()) {
      String text = seg[0];
      boolean encoded = !seg[1].isEmpty();
      if (first && encoded) {
        int q1 = text.indexOf('\'');
        int q2 = q1 < 0 ? -1 : text.indexOf('\'', q1 + 1);
        if (q2 > 0) {
          charset = text.substring(0, q1);
          text = text.substring(q2 + 1);
        }
      }
      first = false;
      byte[] b = encoded ? percentDecode(text) : text.getBytes(StandardCharsets.ISO_8859_1);
      bytes.write(b, 0, b.length);
    }
    return MailCharsets.decode(bytes.toByteArray(), charset, warnings);
  }

  private static byte[] percentDecode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(c > 0xFF ? '?' : c);
    }
    return out.toByteArray();
  }

  /** Splits at semicolons outside quotes. */
  private static List<String> split(String header) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\\' && quoted && i + 1 < header.length()) {
        cur.append(c).append(header.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ';' && !quoted) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString());
    return parts;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"")) {
      int end = v.endsWith("\"") ? v.length() - 1 : v.length();
      return v.substring(1, end).replaceAll("\\\\(.)", "$1");
    }
    return v.startsWith("\"") ? v.substring(1) : v;
  }
}
