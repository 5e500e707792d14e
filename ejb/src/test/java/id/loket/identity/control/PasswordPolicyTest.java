package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static java.util.List<String> problems(String user, String password) {
    return PasswordPolicy.problems(user, password.toCharArray());
  }

  @Test
  void aPassphraseOfTwelveOrMoreCharactersPasses() {
    assertThat(problems("rina", "kopi pagi di bandung")).isEmpty();
    assertThat(problems("rina", "Tr0mbone-Kuda")).isEmpty();
  }

  @Test
  void elevenCharactersAreTooShortTwelveAreEnough() {
    assertThat(problems("rina", "abcdefghxyz")).containsExactly(PasswordPolicy.KEY_SHORT);
    assertThat(problems("rina", "abcdefghxyzq")).isEmpty();
  }

  @Test
  void lengthCountsCharactersNotUtf16Units() {
    // 11 emoji are 22 UTF-16 units but still only 11 characters
    assertThat(problems("rina", "😀".repeat(11))).contains(PasswordPolicy.KEY_SHORT);
  }

  @Test
  void theUserNameMustNotBeInsideInAnyCase() {
    assertThat(problems("rina", "RINA-likes-long-passwords"))
        .containsExactly(PasswordPolicy.KEY_USERNAME);
    assertThat(problems("budi", "rina-likes-long-passwords")).isEmpty();
  }

  @Test
  void commonPasswordsAreRefusedWithoutCase() {
    assertThat(problems("rina", "Password1234")).containsExactly(PasswordPolicy.KEY_COMMON);
    assertThat(problems("rina", "QWERTYUIOPASDF")).containsExactly(PasswordPolicy.KEY_COMMON);
    assertThat(PasswordPolicy.isCommon("123456")).isTrue();
    assertThat(PasswordPolicy.isCommon("kopi pagi di bandung")).isFalse();
  }

  @Test
  void oneRepeatedCharacterIsRefused() {
    assertThat(problems("rina", "aaaaaaaaaaaaaa")).containsExactly(PasswordPolicy.KEY_REPETITIVE);
  }

  @Test
  void tooLongIsRefusedAndEmptyIsShort() {
    assertThat(problems("rina", "x1".repeat(65))).containsExactly(PasswordPolicy.KEY_LONG);
    assertThat(PasswordPolicy.problems("rina", null)).containsExactly(PasswordPolicy.KEY_SHORT);
  }
}
