package id.loket.attachment.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TicketAttachmentsResourceTest {

  private static String asLatin1(String utf8) {
    return new String(utf8.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Test
  void utf8FileNamesReadAsLatin1AreRepaired() {
    assertThat(TicketAttachmentsResource.utf8(asLatin1("Layar – error.png")))
        .isEqualTo("Layar – error.png");
    assertThat(TicketAttachmentsResource.utf8(asLatin1("ラップトップ.jpg"))).isEqualTo("ラップトップ.jpg");
  }

  @Test
  void plainAndRealLatin1NamesStayAsTheyAre() {
    assertThat(TicketAttachmentsResource.utf8("report.pdf")).isEqualTo("report.pdf");
    assertThat(TicketAttachmentsResource.utf8("café.txt")).isEqualTo("café.txt");
    assertThat(TicketAttachmentsResource.utf8("Лог.txt")).isEqualTo("Лог.txt");
  }
}
