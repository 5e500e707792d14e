package id.loket.ticket.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title as HTML with the words the caller typed marked ({@code <mark>}). Everything else is
 * escaped, so the result is safe to write unescaped whatever the title holds.
 */
public final class Highlights {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Highlights() {}

  public static String html(String text, List<String> words) {
    if (text == null) {
      return "";
    }
    Set<String> marked = new HashSet<>();
    words.forEach(w -> marked.add(w.toLowerCase(Locale.ROOT)));
    StringBuilder out = new StringBuilder(text.length() + 32);
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find()) {
      escape(text.substring(at, m.start()), out);
      String word = m.group();
      if (marked.contains(word.toLowerCase(Locale.ROOT))) {
        out.append("<mark>");
        escape(word, out);
        out.append("</mark>");
      } else {
        escape(word, out);
      }
      at = m.end();
    }
    escape(text.substring(at), out);
    return out.toString();
  }

  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
