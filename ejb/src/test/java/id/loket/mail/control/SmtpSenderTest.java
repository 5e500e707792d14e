package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.platform.MailSettings;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SmtpSenderTest {

  private static MailSettings settings(String security, String user) {
    Duration t = Duration.ofSeconds(7);
    return new MailSettings(
        true,
        false,
        "servicedesk@loket.local",
        "Loket Service Desk",
        new MailSettings.Server("smtp.example.org", 587, security, user, "pw", t),
        new MailSettings.Server("", 143, "none", "", "", t),
        "INBOX",
        "",
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        50,
        12,
        Duration.ofSeconds(30),
        true,
        Duration.ofDays(14),
        1 << 20,
        30,
        "",
        "other");
  }

  private static final OutgoingMail MAIL =
      new OutgoingMail(
          1001L,
          "siti@example.org",
          "id",
          "[#LKT-2026-000042-7] Permintaan Anda sudah kami terima: Printer macet — lantai 3",
          "Halo,\n\nTiket LKT-2026-000042-7: printer macet — lantai 3.\n",
          "loket.t42.m1001.abcdefghijklmnop@loket.local",
          "<orig@example.org>",
          "<orig@example.org>",
          "servicedesk+t42.abcdefghijklmnop@loket.local",
          "LKT-2026-000042-7");

  @Test
  void theMessageKeepsOurMessageIdAndCarriesTheThreadingAndAutoHeaders() throws Exception {
    MimeMessage m =
        new SmtpSender(settings("none", "")).message(MAIL, Instant.parse("2026-12-03T09:00:00Z"));
    assertThat(m.getMessageID()).isEqualTo("<loket.t42.m1001.abcdefghijklmnop@loket.local>");
    assertThat(m.getHeader("In-Reply-To", null)).isEqualTo("<orig@example.org>");
    assertThat(m.getHeader("References", null)).isEqualTo("<orig@example.org>");
    assertThat(m.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
    assertThat(m.getHeader("X-Loket-Origin", null)).isEqualTo("LKT-2026-000042-7");
    assertThat(m.getHeader("Content-Language", null)).isEqualTo("id");
    assertThat(m.getReplyTo()[0].toString())
        .isEqualTo("servicedesk+t42.abcdefghijklmnop@loket.local");
    assertThat(m.getFrom()[0].toString()).isEqualTo("Loket Service Desk <servicedesk@loket.local>");
    assertThat(m.getSubject()).isEqualTo(MAIL.subject());
    assertThat(m.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    m.writeTo(raw);
    String wire = raw.toString(StandardCharsets.US_ASCII);
    assertThat(wire).contains("Content-Transfer-Encoding: quoted-printable").contains("=E2=80=94");
    assertThat(m.getContent()).isEqualTo(MAIL.body());
  }

  @Test
  void theSessionFollowsTheSecurityAndTimeouts() {
    Properties starttls = SmtpSender.properties(settings("starttls", "desk"));
    assertThat(starttls)
        .containsEntry("mail.transport.protocol", "smtp")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.auth", "true")
        .containsEntry("mail.smtp.timeout", "7000")
        .containsEntry("mail.smtp.port", "587");
    Properties ssl = SmtpSender.properties(settings("ssl", ""));
    assertThat(ssl)
        .containsEntry("mail.transport.protocol", "smtps")
        .containsEntry("mail.smtps.host", "smtp.example.org")
        .containsEntry("mail.smtps.auth", "false");
    assertThat(SmtpSender.properties(settings("none", "")))
        .doesNotContainKey("mail.smtp.starttls.enable");
  }
}
