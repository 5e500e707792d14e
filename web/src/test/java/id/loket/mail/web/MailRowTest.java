package id.loket.mail.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.mail.boundary.InboundView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What the mail pages show of a mail without opening its source: snippet, files, the start. */
class MailRowTest {

  private static InboundView mail(String parsed) {
    return new InboundView(
        7,
        Instant.EPOCH,
        "a@example.org",
        "Hi",
        "review",
        "why",
        "LKT-1",
        "OPEN",
        null,
        null,
        10,
        false,
        parsed,
        0);
  }

  @Test
  void theSnippetAndTheFileNamesComeFromWhatWasParsed() {
    MailRow row =
        MailRow.of(
            mail(
                "{\"textSnippet\":\"  The printer is on fire \",\"attachments\":["
                    + "{\"name\":\"photo.jpg\",\"size\":3},{\"name\":\"log.txt\"},{\"size\":1}]}"));
    assertThat(row.id()).isEqualTo(7);
    assertThat(row.snippet()).isEqualTo("The printer is on fire");
    assertThat(row.attachments()).containsExactly("photo.jpg", "log.txt");
    assertThat(row.attachmentNames()).isEqualTo("photo.jpg, log.txt");
  }

  @Test
  void nothingParsedOrUnreadableShowsNothingInsteadOfFailing() {
    for (String parsed : new String[] {null, "", "[1]", "{\"textSnippet\": 3", "{}"}) {
      MailRow row = MailRow.of(mail(parsed));
      assertThat(row.snippet()).as(String.valueOf(parsed)).isEmpty();
      assertThat(row.attachments()).as(String.valueOf(parsed)).isEmpty();
    }
  }

  @Test
  void theSourcePageShowsTheFirst200KbWithBrokenBytesReplaced() {
    byte[] big = new byte[MailSourceBean.SHOWN + 10];
    Arrays.fill(big, (byte) 'x');
    assertThat(MailSourceBean.shown(big)).hasSize(200 * 1024);
    byte[] latin = "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(MailSourceBean.shown(latin)).isEqualTo("Caf\uFFFD");
    assertThat(MailSourceBean.shown("<script>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("<script>"); // escaped by the page, not here
  }
}
