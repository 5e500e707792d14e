package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** uuencoded files, as whole parts and as blocks inside a text, become files. */
class UudecodeTest {

  /** "Cat" uuencoded, the classic example. */
  private static final String CAT = "begin 644 cat.txt\n#0V%T\n`\nend\n";

  @Test
  void decodesTheClassicExample() {
    Uudecode.Extracted e = Uudecode.extract(CAT);
    assertThat(e.files()).hasSize(1);
    assertThat(e.files().get(0).fileName()).isEqualTo("cat.txt");
    assertThat(new String(e.files().get(0).content(), StandardCharsets.US_ASCII)).isEqualTo("Cat");
    assertThat(e.text()).isEmpty();
  }

  @Test
  void decodesFullLinesOfFortyFiveBytes() {
    // 45 bytes "0123456789" x4 + "01234", encoded by a reference uuencode
    String block =
        "begin 600 digits.txt\n"
            + "M,#$R,S0U-C<X.3`Q,C,T-38W.#DP,3(S-#4V-S@Y,#$R,S0U-C<X.3`Q,C,T\n"
            + "`\nend\n";
    byte[] content = Uudecode.extract(block).files().get(0).content();
    assertThat(new String(content, StandardCharsets.US_ASCII))
        .isEqualTo("0123456789".repeat(4) + "01234");
  }

  @Test
  void takesBlocksOutOfTextAndKeepsTheRest() {
    String text = "Before\n" + CAT + "Between\n" + CAT.replace("cat.txt", "dog.txt") + "After";
    Uudecode.Extracted e = Uudecode.extract(text);
    assertThat(e.files()).extracting(Uudecode.File::fileName).containsExactly("cat.txt", "dog.txt");
    assertThat(e.text()).isEqualTo("Before\nBetween\nAfter");
  }

  @Test
  void leavesABlockWithoutEndInTheText() {
    String text = "begin 644 cut.txt\n#0V%T\n";
    Uudecode.Extracted e = Uudecode.extract(text);
    assertThat(e.files()).isEmpty();
    assertThat(e.text()).isEqualTo(text);
  }

  @Test
  void leavesOrdinaryWordsBeginAndEndAlone() {
    String text = "begin the meeting at 9\nend of story";
    assertThat(Uudecode.extract(text).text()).isEqualTo(text);
    assertThat(Uudecode.extract(text).files()).isEmpty();
  }

  @Test
  void decodesAWholePartWithOrWithoutBeginLine() {
    Uudecode.File withBegin =
        Uudecode.decodePart(CAT.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII), "x");
    assertThat(withBegin.fileName()).isEqualTo("cat.txt");
    assertThat(withBegin.content()).containsExactly('C', 'a', 't');

    Uudecode.File bare = Uudecode.decodePart("#0V%T\n`\n".getBytes(StandardCharsets.US_ASCII), "x");
    assertThat(bare.fileName()).isEqualTo("x");
    assertThat(bare.content()).containsExactly('C', 'a', 't');
  }
}
