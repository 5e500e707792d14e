package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.platform.MailSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Mail from the desk's own addresses is never taken as a request (a loop), and none of them becomes
 * a watcher: its From, its mailbox login and every reply address {@code desk+…@domain}.
 */
class DeskAddressTest {

  private static MailSettings settings(String imapUser) {
    Duration t = Duration.ofSeconds(5);
    return new MailSettings(
        true,
        true,
        "servicedesk@loket.local",
        "Loket",
        new MailSettings.Server("smtp", 25, "none", "", "", t),
        new MailSettings.Server("imap", 143, "none", imapUser, "pw", t),
        "INBOX",
        "",
        t,
        t,
        50,
        12,
        t,
        true,
        Duration.ofDays(14),
        1 << 20,
        30,
        "",
        "other");
  }

  @Test
  void theDesksAddressesAreRecognisedInAnyCase() {
    MailSettings s = settings("helpdesk-inbox@corp.example");
    assertThat(IntakeDecisions.isDesk("servicedesk@loket.local", s)).isTrue();
    assertThat(IntakeDecisions.isDesk("ServiceDesk@Loket.Local", s)).isTrue();
    assertThat(IntakeDecisions.isDesk("servicedesk+t42.abcdefghabcdefgh@loket.local", s)).isTrue();
    assertThat(IntakeDecisions.isDesk("helpdesk-inbox@corp.example", s)).isTrue();
  }

  @Test
  void othersAreNot() {
    MailSettings s = settings("servicedesk");
    assertThat(IntakeDecisions.isDesk("rina@loket.example", s)).isFalse();
    assertThat(IntakeDecisions.isDesk("servicedesk@loket.example", s)).isFalse();
    assertThat(IntakeDecisions.isDesk("servicedesk+t42@other.example", s)).isFalse();
    assertThat(IntakeDecisions.isDesk("xservicedesk+t1@loket.local", s)).isFalse();
  }
}
