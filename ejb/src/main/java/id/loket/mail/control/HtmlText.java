package id.loket.mail.control;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML-only mail as readable plain text for agents: paragraphs and line breaks stay, list items
 * become "- item", links become "text (url)"; scripts, styles and markup go.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "table",
          "tr",
          "ul",
          "ol",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "pre",
          "hr",
          "section",
          "article",
          "header",
          "footer",
          "address",
          "center",
          "dl",
          "dt",
          "dd",
          "form");
  private static final Set<String> SKIP = Set.of("script", "style", "head", "title", "noscript");

  private HtmlText() {}

  static String toText(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new Visitor(out), body);
    return out.toString()
        .replace('\u00A0', ' ')
        .replaceAll("[ \\t]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static final class Visitor implements NodeVisitor {
    private final StringBuilder out;
    private int skipping;
    private int pre;

    Visitor(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e && SKIP.contains(e.normalName())) {
        skipping++;
      }
      if (skipping > 0) {
        return;
      }
      if (node instanceof TextNode t && pre > 0) {
        out.append(t.getWholeText());
      } else if (node instanceof TextNode t) {
        String text = t.getWholeText().replaceAll("\\s+", " ");
        if (endsWithBreak() && text.startsWith(" ")) {
          text = text.substring(1);
        }
        out.append(text);
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("pre")) {
          pre++;
        }
        if (name.equals("br")) {
          out.append('\n');
        } else if (name.equals("li")) {
          newline(1);
          out.append("- ");
        } else if (BLOCKS.contains(name)) {
          newline(name.equals("div") || name.equals("tr") ? 1 : 2);
        } else if (name.equals("td") || name.equals("th")) {
          if (!endsWithBreak()) {
            out.append(' ');
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && SKIP.contains(e.normalName())) {
        skipping--;
        return;
      }
      if (skipping > 0 || !(node instanceof Element e)) {
        return;
      }
      String name = e.normalName();
      if (name.equals("pre")) {
        pre--;
      }
      if (name.equals("a")) {
        String href = e.attr("href").strip();
        String text = e.text().strip();
        if (!href.isEmpty()
            && !href.startsWith("#")
            && !href.equalsIgnoreCase(text)
            && !href.equalsIgnoreCase("mailto:" + text)) {
          out.append(" (").append(href).append(')');
        }
      } else if (BLOCKS.contains(name)) {
        newline(name.equals("div") || name.equals("tr") ? 1 : 2);
      } else if (name.equals("li")) {
        newline(1);
      }
    }

    private boolean endsWithBreak() {
      return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private void newline(int count) {
      if (out.length() == 0) {
        return;
      }
      int have = 0;
      for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
        have++;
      }
      for (int i = have; i < count; i++) {
        out.append('\n');
      }
    }
  }
}
