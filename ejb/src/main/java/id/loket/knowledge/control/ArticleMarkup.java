package id.loket.knowledge.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an article's Markdown-lite source to HTML that is safe to put in a page as it is.
 *
 * <p>Why not "sanitise the HTML writers type": an allow-list HTML sanitiser has to understand
 * everything browsers parse (entities, broken tags, SVG, attribute quirks) and one slip is a stored
 * XSS for every reader. Here the writer's text is <em>escaped completely first</em> and only then a
 * handful of patterns produce the few elements this class itself writes: paragraphs, line breaks,
 * {@code ## headings}, {@code - bullet} and {@code 1. numbered} lists, {@code **strong**}, {@code
 * *emphasis*}, {@code `code`} and {@code [links](https://…)}. No attribute but {@code href} (and a
 * fixed {@code rel}) is ever written, and an {@code href} only for {@code https:}, {@code http:},
 * {@code mailto:} or a path of this site; anything else ({@code javascript:}, {@code data:}, {@code
 * //elsewhere}) stays visible text.
 */
public final class ArticleMarkup {

  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\(([^)\\s]{1,2000})\\)");
  private static final Pattern SAFE_URL =
      Pattern.compile("(https?://[^/\\s][^\\s]*|mailto:[^\\s]+|/(?!/)[^\\s]*)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*(?!\\s)(.+?)(?<!\\s)\\*\\*");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![*\\w])\\*(?![\\s*])(.+?)(?<![\\s*])\\*(?![*\\w])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern BULLET = Pattern.compile("^[-*] +(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}[.)] +(.*)$");

  private ArticleMarkup() {}

  /** The HTML of {@code source} (empty for {@code null}). */
  public static String toHtml(String source) {
    if (source == null || source.isBlank()) {
      return "";
    }
    StringBuilder html = new StringBuilder();
    for (String block : source.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\n")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      if (lines.size() == 1 && lines.get(0).startsWith("#")) {
        String text = lines.get(0).replaceFirst("^#{1,6}\\s*", "");
        html.append("<h3>").append(inline(text)).append("</h3>");
      } else if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
        list(html, "ul", lines, BULLET);
      } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
        list(html, "ol", lines, NUMBERED);
      } else {
        html.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
          html.append(i == 0 ? "" : "<br>").append(inline(lines.get(i)));
        }
        html.append("</p>");
      }
    }
    return html.toString();
  }

  /** The text of {@code source} without its markup characters (for excerpts and previews). */
  public static String toPlain(String source) {
    if (source == null) {
      return "";
    }
    return LINK.matcher(source)
        .replaceAll("$1")
        .replaceAll("(?m)^\\s*(#{1,6}|[-*]|\\d{1,3}[.)])\\s+", "")
        .replace("**", "")
        .replace("`", "")
        .replaceAll("(?<![*\\w])\\*(?=\\S)|(?<=\\S)\\*(?![*\\w])", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Escapes every character that means something in HTML text or an attribute value. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void list(StringBuilder html, String tag, List<String> lines, Pattern item) {
    html.append('<').append(tag).append('>');
    for (String line : lines) {
      Matcher m = item.matcher(line);
      m.matches();
      html.append("<li>").append(inline(m.group(1))).append("</li>");
    }
    html.append("</").append(tag).append('>');
  }

  /** Escapes first, then turns the inline patterns of the escaped text into elements. */
  static String inline(String text) {
    String escaped = escape(text);
    Matcher links = LINK.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (links.find()) {
      String label = links.group(1);
      String url = links.group(2);
      String replacement =
          safeUrl(url)
              ? "<a href=\"" + url + "\" rel=\"noopener noreferrer nofollow\">" + label + "</a>"
              : links.group(0);
      links.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    links.appendTail(out);
    String result = CODE.matcher(out.toString()).replaceAll("<code>$1</code>");
    result = STRONG.matcher(result).replaceAll("<strong>$1</strong>");
    return EMPHASIS.matcher(result).replaceAll("<em>$1</em>");
  }

  /**
   * Whether an (already escaped) link target may become an {@code href}: web and mail addresses and
   * paths of this site only. Escaping turned quotes and angle brackets into entities, so the value
   * cannot leave its attribute; the scheme check keeps script and data URLs out.
   */
  static boolean safeUrl(String escapedUrl) {
    String lower = escapedUrl.toLowerCase(Locale.ROOT);
    return SAFE_URL.matcher(escapedUrl).matches()
        && !lower.contains("&#")
        && !lower.contains("&lt;")
        && !lower.contains("&quot;");
  }
}
