package id.loket.attachment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.attachment.entity.Upload;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadPolicyTest {

  private final UploadPolicy policy =
      new UploadPolicy(1000, 2500, 4, Set.of("image/png", "application/pdf", "text/plain"));

  private static List<Field> refusals(Runnable call) {
    try {
      call.run();
    } catch (InvalidFieldException e) {
      return e.fields();
    }
    throw new AssertionError("nothing was refused");
  }

  @Test
  void allowedFilesAreKeptWithTypeAndChecksum() {
    List<UploadPolicy.Vetted> kept =
        policy.vet(
            List.of(
                new Upload("a/shot.txt", Samples.png(4, 4)), new Upload("r.pdf", Samples.pdf())),
            0);
    assertThat(kept).extracting(UploadPolicy.Vetted::name).containsExactly("shot.txt", "r.pdf");
    assertThat(kept)
        .extracting(UploadPolicy.Vetted::mediaType)
        .containsExactly("image/png", "application/pdf");
    assertThat(kept.get(1).sha256()).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void everyRefusedFileIsNamedWithItsReason() {
    List<Field> refused =
        refusals(
            () ->
                policy.vet(
                    List.of(
                        new Upload("cat.png", Samples.exe()),
                        new Upload("empty.txt", new byte[0]),
                        new Upload("big.txt", new byte[1001]),
                        new Upload("ok.txt", Samples.text())),
                    0));
    assertThat(refused)
        .extracting(Field::messageKey)
        .containsExactly(UploadPolicy.KEY_TYPE, UploadPolicy.KEY_EMPTY, UploadPolicy.KEY_TOO_LARGE);
    assertThat(refused.get(0).args()).containsExactly("cat.png", "application/x-msdownload");
    assertThat(refused).extracting(Field::name).containsOnly(UploadPolicy.FIELD);
  }

  @Test
  void aTicketHoldsNoMoreThanItsLimit() {
    byte[] nineHundred = new byte[900];
    java.util.Arrays.fill(nineHundred, (byte) 'a');
    assertThat(policy.vet(List.of(new Upload("a.txt", nineHundred)), 1600)).hasSize(1);
    List<Field> refused =
        refusals(() -> policy.vet(List.of(new Upload("a.txt", nineHundred)), 1601));
    assertThat(refused).extracting(Field::messageKey).containsExactly(UploadPolicy.KEY_TICKET_FULL);
  }

  @Test
  void tooManyFilesAtOnceAreRefused() {
    Upload one = new Upload("t.txt", Samples.text());
    assertThatThrownBy(() -> policy.vet(List.of(one, one, one, one, one), 0))
        .isInstanceOf(InvalidFieldException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFieldException) e).fields().get(0).messageKey())
                    .isEqualTo(UploadPolicy.KEY_TOO_MANY));
  }

  @Test
  void limitsAreShownInMebibytes() {
    assertThat(UploadPolicy.mebibytes(10 * 1024 * 1024)).isEqualTo("10");
    assertThat(UploadPolicy.mebibytes(1536 * 1024)).isEqualTo("1.5");
  }
}
