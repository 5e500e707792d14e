package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private static final String STORED = PasswordHashing.hash("Rahasia#2026".toCharArray());

  @Test
  void storedFormIsSelfDescribingAndNeverContainsThePassword() {
    assertThat(STORED).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("Rahasia");
    assertThat(STORED.split(":")).hasSize(4);
  }

  @Test
  void rightPasswordVerifiesAndWrongOnesDoNot() {
    assertThat(PasswordHashing.verify("Rahasia#2026".toCharArray(), STORED)).isTrue();
    assertThat(PasswordHashing.verify("rahasia#2026".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHashing.verify("".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHashing.verify(null, STORED)).isFalse();
  }

  @Test
  void samePasswordHashesDifferentlyEachTime() {
    assertThat(PasswordHashing.hash("Rahasia#2026".toCharArray())).isNotEqualTo(STORED);
  }

  @Test
  void malformedStoredValuesAreRejectedNotThrown() {
    assertThat(PasswordHashing.verify("x".toCharArray(), null)).isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "plain-text")).isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:###:###"))
        .isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "NoSuchAlgorithm:1000:AAAA:AAAA"))
        .isFalse();
  }

  @Test
  void hashesWithOtherParametersStillVerifySoTheWorkFactorCanBeRaisedLater() {
    String older =
        "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:"
            + java.util.Base64.getEncoder()
                .encodeToString(derive256("Rahasia#2026", "saltsaltsaltsalt", 1000));
    assertThat(PasswordHashing.verify("Rahasia#2026".toCharArray(), older)).isTrue();
  }

  private static byte[] derive256(String password, String salt, int iterations) {
    try {
      var spec =
          new javax.crypto.spec.PBEKeySpec(
              password.toCharArray(), salt.getBytes(), iterations, 256);
      return javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(spec)
          .getEncoded();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
