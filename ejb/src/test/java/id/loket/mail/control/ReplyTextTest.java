package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only what the customer wrote now goes on the ticket, in English and Indonesian replies. */
class ReplyTextTest {

  @Test
  void cutsAtGmailQuoteHeaderAndQuotedLines() {
    String text =
        """
        Works again, thanks!

        On Mon, 2 Nov 2026 at 10:00, Loket Helpdesk <helpdesk@loket.example> wrote:
        > Please restart the router.
        > Regards""";
    assertThat(ReplyText.trim(text)).isEqualTo("Works again, thanks!");
  }

  @Test
  void cutsAtQuoteHeaderWrappedOverTwoLines() {
    String text =
        """
        Fine now.

        On Mon, 2 Nov 2026 at 10:00, Loket Helpdesk
        <helpdesk@loket.example> wrote:
        > old""";
    assertThat(ReplyText.trim(text)).isEqualTo("Fine now.");
  }

  @Test
  void cutsAtIndonesianQuoteHeader() {
    String text =
        """
        Sudah beres, terima kasih.

        Pada Sen, 2 Nov 2026 pukul 10.00 Loket Helpdesk <helpdesk@loket.example> menulis:
        > Silakan coba lagi.""";
    assertThat(ReplyText.trim(text)).isEqualTo("Sudah beres, terima kasih.");
  }

  @Test
  void cutsAtOriginalMessageSeparatorsInBothLanguages() {
    assertThat(ReplyText.trim("Yes.\n\n-----Original Message-----\nFrom: x\nhistory"))
        .isEqualTo("Yes.");
    assertThat(ReplyText.trim("Ya.\n\n-----Pesan Asli-----\nDari: x\nriwayat")).isEqualTo("Ya.");
  }

  @Test
  void cutsAtOutlookHeaderBlock() {
    String text =
        """
        Please close the ticket.

        From: Loket Helpdesk <helpdesk@loket.example>
        Sent: Monday, November 2, 2026 10:00 AM
        To: Budi
        Subject: [LKT-7] Printer

        Old text""";
    assertThat(ReplyText.trim(text)).isEqualTo("Please close the ticket.");
  }

  @Test
  void keepsAFromLineThatIsNoOutlookBlock() {
    String text = "From: the second floor, the printer is fine.\nThanks";
    assertThat(ReplyText.trim(text)).isEqualTo(text);
  }

  @Test
  void cutsARunOfQuotedLinesWithoutHeader() {
    String text = "My answer.\n> quoted one\n> quoted two\n\n> quoted three";
    assertThat(ReplyText.trim(text)).isEqualTo("My answer.");
  }

  @Test
  void cutsSignaturesAfterDashDashSpaceAndMobileFooters() {
    assertThat(ReplyText.trim("Done.\n-- \nBudi Santoso\nIT Finance")).isEqualTo("Done.");
    assertThat(ReplyText.trim("Done.\n\nSent from my iPhone")).isEqualTo("Done.");
    assertThat(ReplyText.trim("Sudah.\n\nDikirim dari Yahoo Mail di Android")).isEqualTo("Sudah.");
  }

  @Test
  void keepsTextWithoutQuotesAndSignaturesAsItIs() {
    String text = "Line one\n\nLine two -- with dashes\nSales > 5 units";
    assertThat(ReplyText.trim(text)).isEqualTo(text);
  }

  @Test
  void neverReturnsEmptyWhenEverythingIsQuoted() {
    String text = "> only a quote\n> and more";
    assertThat(ReplyText.trim(text)).isEqualTo(text);
    assertThat(ReplyText.trim(null)).isEmpty();
  }
}
