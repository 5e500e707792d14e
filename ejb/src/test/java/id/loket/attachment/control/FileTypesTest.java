package id.loket.attachment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypesTest {

  @Test
  void aPngIsAPngWhateverItIsCalled() {
    assertThat(FileTypes.detect(Samples.png(4, 4), "screenshot.png")).isEqualTo("image/png");
    assertThat(FileTypes.detect(Samples.png(4, 4), "notes.txt")).isEqualTo("image/png");
  }

  @Test
  void anExecutableRenamedPngIsStillAnExecutable() {
    assertThat(FileTypes.detect(Samples.exe(), "cat.png")).isEqualTo("application/x-msdownload");
  }

  @Test
  void pdfAndTextAreRecognisedFromTheirBytes() {
    assertThat(FileTypes.detect(Samples.pdf(), "report")).isEqualTo("application/pdf");
    assertThat(FileTypes.detect(Samples.text(), "log.pdf")).isEqualTo("text/plain");
  }

  @Test
  void theNameOnlyRefinesWhatTheBytesSay() {
    assertThat(FileTypes.detect("a,b\n1,2\n".getBytes(), "data.csv")).isEqualTo("text/csv");
    assertThat(FileTypes.detect(Samples.html(), "page.txt")).isEqualTo("text/html");
  }
}
