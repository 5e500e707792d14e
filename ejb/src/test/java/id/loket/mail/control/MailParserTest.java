package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the parser promises beyond the corpus: it never throws, caps text, reads threading. */
class MailParserTest {

  private final MailParser parser = new MailParser();

  private ParsedMail parse(String mail) {
    return parser.parse(mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private static String head(String extra) {
    return "From: Budi <budi@example.co.id>\nTo: helpdesk@loket.example\n"
        + "Date: Tue, 03 Nov 2026 09:15:00 +0700\nSubject: Test\n"
        + extra;
  }

  @Test
  void readsThreadingAndAddressHeaders() {
    ParsedMail m =
        parse(
            """
            Message-ID: <abc@mail.example>
            In-Reply-To: <t-1@loket.example>
            References: <t-0@loket.example>
             <t-1@loket.example>
            From: "Santoso, Budi" <Budi@Example.CO.ID>
            To: helpdesk@loket.example, "Ani" <ani@example.co.id>
            Cc: undisclosed-recipients:;
            Reply-To: Other <other@example.co.id>, second@example.co.id
            Date: Tue, 03 Nov 2026 09:15:00 +0700
            Subject: Re: [LKT-1]
             folded subject

            Body
            """);
    assertThat(m.messageId()).isEqualTo("abc@mail.example");
    assertThat(m.inReplyTo()).containsExactly("t-1@loket.example");
    assertThat(m.references()).containsExactly("t-0@loket.example", "t-1@loket.example");
    assertThat(m.fromAddress()).isEqualTo("budi@example.co.id");
    assertThat(m.fromName()).isEqualTo("Santoso, Budi");
    assertThat(m.to()).containsExactly("helpdesk@loket.example", "ani@example.co.id");
    assertThat(m.cc()).isEmpty();
    assertThat(m.replyTo()).isEqualTo("other@example.co.id");
    assertThat(m.subject()).isEqualTo("Re: [LKT-1] folded subject");
    assertThat(m.date()).isEqualTo(Instant.parse("2026-11-03T02:15:00Z"));
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void capsTheTextWithAWarning() {
    ParsedMail m = parse(head("\n") + "x".repeat(MailParser.MAX_TEXT + 500) + "\n");
    assertThat(m.text()).hasSize(MailParser.MAX_TEXT);
    assertThat(m.warnings()).contains("text cut at 100000 characters");
    assertThat(m.quarantined()).isFalse();
  }

  @Test
  void snippetIsTheStartOfTheTextOnOneLine() {
    ParsedMail m = parse(head("\n") + "  Halo\n\n   tim   IT,\n" + "a".repeat(300) + "\n");
    assertThat(m.textSnippet()).startsWith("Halo tim IT, aaa").hasSize(200);
  }

  @Test
  void recognisesMoreAutoReplySubjectsAndHeaders() {
    for (String subject :
        new String[] {"Automatic reply: Test", "Abwesenheitsnotiz: Test", "Auto: x"}) {
      ParsedMail m = parse(head("").replace("Subject: Test", "Subject: " + subject) + "\nbody\n");
      assertThat(m.noise()).as(subject).isEqualTo(Noise.AUTO_REPLY);
    }
    assertThat(parse(head("X-Auto-Response-Suppress: OOF, DR\n\nbody\n")).noise())
        .isEqualTo(Noise.AUTO_REPLY);
    ParsedMail human = parse(head("Auto-Submitted: no\n\nbody\n"));
    assertThat(human.noise()).isEqualTo(Noise.NONE);
    assertThat(human.noiseReason()).isNull();
  }

  @Test
  void rendersHtmlLinksOnceAndDropsScripts() {
    ParsedMail m =
        parse(
            head("Content-Type: text/html; charset=utf-8\n\n")
                + "<p>Mail <a href=\"mailto:it@example.co.id\">it@example.co.id</a> or"
                + " <a href=\"https://x.example/a\">open</a></p><script>var a=1;</script>\n");
    assertThat(m.text()).isEqualTo("Mail it@example.co.id or open (https://x.example/a)");
  }

  @Test
  void keepsANonTextMailAsAFile() {
    ParsedMail m =
        parse(
            head("Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n")
                + "JVBERi0x\n");
    assertThat(m.text()).isEmpty();
    assertThat(m.quarantined()).isFalse();
    assertThat(m.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("attachment-1.pdf");
              assertThat(new String(a.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1");
            });
  }

  @Test
  void namesAForwardedMailWithoutSubject() {
    ParsedMail m =
        parse(head("Content-Type: message/rfc822\n\n") + "From: x@example.co.id\n\nInner text\n");
    assertThat(m.attachments())
        .extracting(MailAttachment::fileName)
        .containsExactly("forwarded-message.eml");
    assertThat(m.text())
        .contains("---- Forwarded message ----\nFrom: x@example.co.id\nSubject:\n\nInner text");
  }

  @Test
  void repairsBareCrLineEndsAndSkipsAMailboxFromLine() {
    String mail =
        "From budi@example.co.id Tue Nov  3 09:15:00 2026\r"
            + head("\nHalo\rDua\r").replace("\n", "\r");
    ParsedMail m = parser.parse(mail.getBytes(StandardCharsets.US_ASCII));
    assertThat(m.fromAddress()).isEqualTo("budi@example.co.id");
    assertThat(m.text()).isEqualTo("Halo\nDua");
    assertThat(m.warnings()).contains("line ends repaired to CRLF");
  }

  @Test
  void joinsFlowedLines() {
    ParsedMail m =
        parse(
            head("Content-Type: text/plain; format=flowed\n\n")
                + "This is one \nlong line.\nNext\n");
    assertThat(m.text()).isEqualTo("This is one long line.\nNext");
  }

  @Test
  void survivesAMultipartBombWithoutThrowing() {
    StringBuilder mail =
        new StringBuilder(head("Content-Type: multipart/mixed; boundary=\"b0\"\n\n"));
    int depth = 200;
    for (int i = 0; i < depth; i++) {
      mail.append("--b")
          .append(i)
          .append("\nContent-Type: multipart/mixed; boundary=\"b")
          .append(i + 1)
          .append("\"\n\n");
    }
    mail.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep\n");
    ParsedMail m = parse(mail.toString());
    assertThat(m.warnings()).anyMatch(w -> w.startsWith("parts nested deeper than"));
    assertThat(m.fromAddress()).isEqualTo("budi@example.co.id");
  }

  @Test
  void neverThrowsOnBrokenInput() throws IOException {
    assertThat(parser.parse(null).quarantineReason()).isEqualTo("empty message");
    assertThat(parser.parse("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).quarantined()).isTrue();
    byte[] base;
    try (InputStream in = getClass().getResourceAsStream("/mail/corpus/13-forwarded-rfc822.eml")) {
      base = in.readAllBytes();
    }
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      byte[] broken = Arrays.copyOf(base, random.nextInt(base.length));
      for (int k = 0; k < 5 && broken.length > 0; k++) {
        broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
      }
      ParsedMail m = parser.parse(broken);
      assertThat(m).isNotNull();
      assertThat(m.text()).isNotNull();
      assertThat(m.subject()).isNotNull();
      assertThat(m.attachments()).isNotNull();
      assertThat(m.warnings()).isNotNull();
    }
  }

  @Test
  void readsDeclaredUtf8ThatIsNotAsWindows1252AndLatin1AsItsSuperset() {
    byte[] cp1252 = "Café “kopi” 5 €".getBytes(java.nio.charset.Charset.forName("windows-1252"));
    ParsedMail lying =
        parser.parse(bytes(head("Content-Type: text/plain; charset=utf-8\r\n\r\n"), cp1252));
    assertThat(lying.text()).isEqualTo("Café “kopi” 5 €");
    assertThat(lying.warnings()).contains("declared UTF-8 is not UTF-8, read as windows-1252");

    ParsedMail latin1 =
        parser.parse(bytes(head("Content-Type: text/plain; charset=iso-8859-1\r\n\r\n"), cp1252));
    assertThat(latin1.text()).isEqualTo("Café “kopi” 5 €");
  }

  @Test
  void keepsPreformattedHtmlAsItIs() {
    ParsedMail m =
        parse(
            head("Content-Type: text/html\n\n")
                + "<p>Log:</p><pre>line 1\n    indented  twice</pre><p>End</p>\n");
    assertThat(m.text()).isEqualTo("Log:\n\nline 1\n    indented  twice\n\nEnd");
  }

  private static byte[] bytes(String head, byte[] body) {
    byte[] h = head.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }
}
