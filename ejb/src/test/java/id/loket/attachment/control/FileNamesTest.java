package id.loket.attachment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void pathsAndControlCharactersAreRemoved() {
    assertThat(FileNames.clean("C:\\Users\\rina\\Desktop\\error.png")).isEqualTo("error.png");
    assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.clean("bad\u0000name\r\n.txt")).isEqualTo("bad_name__.txt");
    assertThat(FileNames.clean("a<b>:c\"d|e?f*.txt")).isEqualTo("a_b__c_d_e_f_.txt");
    assertThat(FileNames.clean("right\u202Etxt.exe")).isEqualTo("right_txt.exe");
  }

  @Test
  void hiddenEmptyAndMissingNamesGetAPlainOne() {
    assertThat(FileNames.clean(".htaccess")).isEqualTo("htaccess");
    assertThat(FileNames.clean("..")).isEqualTo("file");
    assertThat(FileNames.clean("   ")).isEqualTo("file");
    assertThat(FileNames.clean(null)).isEqualTo("file");
  }

  @Test
  void longNamesKeepTheirExtension() {
    String cleaned = FileNames.clean("x".repeat(300) + ".docx");
    assertThat(cleaned).hasSize(FileNames.MAX).endsWith(".docx");
  }

  @Test
  void unicodeNamesAreKeptAndEncodedForTheHeader() {
    assertThat(FileNames.clean("Laporan Perjalanan – Jakarta.pdf"))
        .isEqualTo("Laporan Perjalanan – Jakarta.pdf");
    assertThat(FileNames.contentDisposition("Laporan – \"Jakarta\" 100%.pdf", false))
        .isEqualTo(
            "attachment; filename=\"Laporan _ _Jakarta_ 100_.pdf\";"
                + " filename*=UTF-8''Laporan%20%E2%80%93%20_Jakarta_%20100%25.pdf");
    assertThat(FileNames.contentDisposition("screen shot.png", true))
        .isEqualTo("inline; filename=\"screen shot.png\"; filename*=UTF-8''screen%20shot.png");
  }
}
