package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mail of the corpus (src/test/resources/mail/corpus, written by src/test/mail-corpus/
 * generate.py) parsed and checked against expected.tsv: sender, subject, a piece of the text,
 * noise, quarantine, the attachments (name, type, size) and a warning where one is expected.
 */
class MailCorpusTest {

  private static final String DIR = "/mail/corpus/";
  private final MailParser parser = new MailParser();

  /** One line of expected.tsv. */
  record Expected(
      String file,
      String from,
      String subject,
      String contains,
      String noise,
      String quarantined,
      String attachments,
      String warning) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Expected> corpus() throws IOException {
    try (InputStream in = MailCorpusTest.class.getResourceAsStream(DIR + "expected.tsv")) {
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Expected> rows =
          tsv.lines()
              .filter(l -> !l.startsWith("#") && !l.isBlank())
              .map(l -> l.split("\t", -1))
              .map(
                  c ->
                      new Expected(
                          c[0], c[1], c[2], c[3].replace("\\n", "\n"), c[4], c[5], c[6], c[7]))
              .toList();
      assertThat(rows).as("the corpus has at least 25 mails").hasSizeGreaterThanOrEqualTo(25);
      return rows.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parsesAsExpected(Expected e) throws IOException {
    byte[] raw;
    try (InputStream in = getClass().getResourceAsStream(DIR + e.file())) {
      assertThat(in).as(e.file()).isNotNull();
      raw = in.readAllBytes();
    }

    ParsedMail mail = parser.parse(raw);

    assertThat(mail.quarantined())
        .as("quarantined " + mail.quarantineReason())
        .isEqualTo(e.quarantined().startsWith("yes"));
    if (e.quarantined().startsWith("yes:")) {
      assertThat(mail.quarantineReason()).contains(e.quarantined().substring(4));
    }
    assertThat(mail.fromAddress()).as("from").isEqualTo(dash(e.from()));
    assertThat(mail.subject()).as("subject").isEqualTo(e.subject());
    if (!e.contains().equals("-")) {
      assertThat(mail.text()).as("text").contains(e.contains());
    }
    String[] noise = e.noise().split(":", 2);
    assertThat(mail.noise()).as("noise " + mail.noiseReason()).isEqualTo(Noise.valueOf(noise[0]));
    if (noise.length > 1) {
      assertThat(mail.noiseReason()).as("noise reason").contains(noise[1]);
    } else {
      assertThat(mail.noiseReason()).as("noise reason").isNull();
    }
    assertThat(attachments(mail)).as("attachments").isEqualTo(e.attachments());
    if (e.warning().equals("-")) {
      assertThat(mail.warnings()).as("warnings").noneMatch(w -> w.contains("broken"));
    } else {
      assertThat(mail.warnings()).as("warnings").anyMatch(w -> w.contains(e.warning()));
    }
    assertThat(mail.text()).as("LF line ends, no trailing spaces").doesNotContain("\r", " \n");
    assertThat(mail.attachments())
        .allSatisfy(a -> assertThat(a.size()).isEqualTo(a.content().length));
  }

  private static String attachments(ParsedMail mail) {
    if (mail.attachments().isEmpty()) {
      return "-";
    }
    return mail.attachments().stream()
        .map(a -> a.fileName() + "|" + a.contentType() + "|" + a.size())
        .collect(Collectors.joining(";"));
  }

  private static String dash(String value) {
    return value.equals("-") ? null : value;
  }
}
