package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.shared.InvalidFieldException.Field;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {

  @Test
  void plainValuesAndUnknownOnesPass() {
    assertThat(DirectoryRules.problems("Finance", "Jakarta")).isEmpty();
    assertThat(DirectoryRules.problems("Keuangan & Pajak", "Bogotá")).isEmpty();
    assertThat(DirectoryRules.problems(null, null)).isEmpty();
    assertThat(DirectoryRules.problems("x".repeat(100), null)).isEmpty();
  }

  @Test
  void aValueLongerThanAHundredCharactersIsNamed() {
    assertThat(DirectoryRules.problems("x".repeat(101), "Jakarta"))
        .extracting(Field::name, Field::messageKey)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("department", "directory.tooLong"));
  }

  @Test
  void controlCharactersAndLineBreaksAreRefusedInEachField() {
    assertThat(DirectoryRules.problems("Fin\u0007ance", "Jakarta\nBarat"))
        .extracting(Field::name)
        .containsExactly("department", "location");
    assertThat(DirectoryRules.problems("IT\tOps", null))
        .extracting(Field::messageKey)
        .containsExactly("directory.notPlain");
  }
}
