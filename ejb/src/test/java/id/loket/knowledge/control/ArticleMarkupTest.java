package id.loket.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleMarkupTest {

  @Test
  void rendersParagraphsListsAndEmphasis() {
    String html =
        ArticleMarkup.toHtml(
            "## Before you send\n\nA **short** title, *please*.\nSecond line.\n\n- one\n- two\n\n1. first\n2. second");
    assertThat(html)
        .isEqualTo(
            "<h3>Before you send</h3>"
                + "<p>A <strong>short</strong> title, <em>please</em>.<br>Second line.</p>"
                + "<ul><li>one</li><li>two</li></ul>"
                + "<ol><li>first</li><li>second</li></ol>");
  }

  @Test
  void linksOnlyToWebMailAndOwnPaths() {
    assertThat(ArticleMarkup.toHtml("[help](https://example.org/a?b=1&c=2)"))
        .isEqualTo(
            "<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">"
                + "help</a></p>");
    assertThat(ArticleMarkup.toHtml("[me](mailto:desk@example.org)")).contains("href=\"mailto:");
    assertThat(ArticleMarkup.toHtml("[home](/help.xhtml)")).contains("href=\"/help.xhtml\"");
    assertThat(ArticleMarkup.toHtml("[x](//evil.example/)")).doesNotContain("href");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "[click](https://x.org/\"onmouseover=\"alert(1))",
        "[click](java&#x09;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[<img src=x onerror=alert(1)>](https://x.org/)",
        "**<b onclick=alert(1)>bold</b>**",
        "<style>body{display:none}</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "\"><script>alert(1)</script>",
        "- <script>alert(1)</script>\n- two",
        "`<script>alert(1)</script>`"
      })
  void neutralisesScriptVectors(String attack) {
    String html = ArticleMarkup.toHtml(attack);
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<svg")
        .doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<style")
        .doesNotContainIgnoringCase("<b ")
        .doesNotContainIgnoringCase("href=\"javascript")
        .doesNotContainIgnoringCase("href=\"data")
        .doesNotContainIgnoringCase("href=\"vbscript")
        .doesNotContainIgnoringCase("href=\"java&");
    assertThat(html.replaceAll("<(/?)(p|br|ul|ol|li|h3|strong|em|code)>", ""))
        .as("the only tags left are links this class wrote")
        .doesNotContainPattern(
            "<(?!a href=\"(https?://|mailto:|/)[^\"<>]*\" rel=\"noopener noreferrer nofollow\">|/a>)");
    assertThat(html).doesNotContainPattern("\\son[a-z]+\\s*=\\s*\"");
  }

  @Test
  void escapesEverythingItDoesNotUnderstand() {
    assertThat(ArticleMarkup.toHtml("a < b & c > d 'e' \"f\""))
        .isEqualTo("<p>a &lt; b &amp; c &gt; d &#39;e&#39; &quot;f&quot;</p>");
  }

  @Test
  void plainTextDropsMarkup() {
    assertThat(ArticleMarkup.toPlain("## Title\n\n- A **bold** [link](https://x.org) and *em*"))
        .isEqualTo("Title A bold link and em");
  }
}
