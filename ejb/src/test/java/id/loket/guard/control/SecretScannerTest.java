package id.loket.guard.control;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.guard.entity.Finding;
import id.loket.guard.entity.Scan;
import id.loket.guard.entity.SecretKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretScannerTest {

  private static SecretKind onlyKind(String text) {
    Scan scan = SecretScanner.scan(text);
    assertThat(scan.findings()).as("findings in: %s", text).hasSize(1);
    return scan.findings().get(0).kind();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password: Hunter2!x",
        "Password = hunter",
        "pwd=abc123",
        "my password is Hunter2!x",
        "My new password is Sommer2026",
        "the password was 'correct horse battery'",
        "kata sandi: rahasia",
        "kata sandi saya adalah Rahasia#1",
        "sandi saya 12345678",
        "Kata sandi baru saya Jakarta2026",
        "passwort: geheim99",
        "login budi, password -> Qwerty!1"
      })
  void passwordsWithALabelAndAValueAreFound(String text) {
    assertThat(onlyKind(text)).isEqualTo(SecretKind.PASSWORD);
    assertThat(SecretScanner.mask(text)).contains(SecretScanner.BULLETS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I forgot my password",
        "reset password please",
        "Please reset my password, it expired yesterday.",
        "my password is expired",
        "My password is wrong since Monday",
        "password: reset",
        "Saya lupa kata sandi",
        "kata sandi saya salah terus",
        "sandi saya kedaluwarsa",
        "Tolong reset password saya",
        "The password policy requires 12 characters",
        "Ticket LKT-2026-000123-4 is about the password reset",
        "Call me on +62 812 3456 7890 or 0812-3456-7890",
        "Telepon 62 812 3456 7890 ya",
        "Order 1234567890123 arrived",
        "Boarding pass is 12AB for flight GA 404",
        "My PIN reset did not work",
        "Room 4B, floor 12, building 2026",
        "A secret santa list for the team",
        "token: expired",
        "Budget 2027 is 1.250.000.000 rupiah",
        "invoice 4111-11 and 1111-1111"
      })
  void ordinaryTextIsNotFlagged(String text) {
    Scan scan = SecretScanner.scan(text);
    assertThat(scan.findings()).as("findings in: %s", text).isEmpty();
    assertThat(scan.masked()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PIN 1234", "PIN: 123456", "my PIN is 4821", "PIN ATM saya 998877"})
  void pinsAreFound(String text) {
    assertThat(onlyKind(text)).isEqualTo(SecretKind.PIN);
  }

  @Test
  void aCardNumberIsMaskedButForTheLastFourDigitsKeepingItsSeparators() {
    assertThat(SecretScanner.mask("card 4111 1111 1111 1111 please"))
        .isEqualTo("card •••• •••• •••• 1111 please");
    assertThat(SecretScanner.mask("5500-0000-0000-0004")).isEqualTo("••••-••••-••••-0004");
    assertThat(SecretScanner.mask("Amex 378282246310005.")).isEqualTo("Amex •••••••••••0005.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1112",
        "1234 5678 9012 3456",
        "5500 0000 0000 0005",
        "0812345678901"
      })
  void digitRunsThatAreNoCardAreLeftAlone(String text) {
    assertThat(SecretScanner.scan(text).findings()).isEmpty();
  }

  @Test
  void luhn() {
    assertThat(Checksums.luhn("4111111111111111")).isTrue();
    assertThat(Checksums.luhn("79927398713")).isTrue();
    assertThat(Checksums.luhn("79927398710")).isFalse();
    assertThat(Checksums.luhn("")).isFalse();
    assertThat(Checksums.luhn("12a4")).isFalse();
  }

  @Test
  void iban() {
    assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
    assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
    assertThat(Checksums.iban("NL91ABNA0417164300")).isTrue();
    assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
    assertThat(Checksums.iban("LKT2026000123")).isFalse();
  }

  @Test
  void ibansAreFoundWithOrWithoutSpacesAndMaskedButForCountryAndLastFour() {
    assertThat(onlyKind("IBAN DE89 3704 0044 0532 0130 00 for the refund"))
        .isEqualTo(SecretKind.IBAN);
    assertThat(SecretScanner.mask("IBAN DE89 3704 0044 0532 0130 00 for the refund"))
        .isEqualTo("IBAN DE•• •••• •••• •••• ••30 00 for the refund");
    assertThat(SecretScanner.mask("to GB82WEST12345698765432"))
        .isEqualTo("to GB••••••••••••••••5432");
    assertThat(SecretScanner.scan("DE89 3704 0044 0532 0130 01").findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key AKIAIOSFODNN7EXAMPLE in the config",
        "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
        "slack xoxb-123456789012-abcdefghijkl",
        "Authorization: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "my token lkt_0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
        "api_key=Zx81kQ9aP0mWv3LtY7rB",
        "client_secret: 'aB3dE5fG7hJ9kL1mN3pQ'",
        "Bearer Zx81kQ9aP0mWv3LtY7rB2c"
      })
  void accessTokensAndKeysAreFound(String text) {
    assertThat(onlyKind(text)).isEqualTo(SecretKind.ACCESS_TOKEN);
  }

  @Test
  void aTokenKeepsItsPublicPrefixOnly() {
    assertThat(SecretScanner.mask("use ghp_abcdefghijklmnopqrstuvwxyz0123456789AB now"))
        .isEqualTo("use ghp_•••••• now");
    assertThat(SecretScanner.mask("AKIAIOSFODNN7EXAMPLE")).isEqualTo("AKIA••••••");
  }

  @Test
  void aLowEntropyGenericValueIsNoSecret() {
    assertThat(SecretScanner.scan("api_key=aaaaaaaaaaaaaaaaaaaa").findings()).isEmpty();
    assertThat(SecretScanner.scan("secret = my-secret-recipe-book").findings()).isEmpty();
  }

  @Test
  void aPrivateKeyBodyIsMasked() {
    String pem =
        "here:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq\nabcdef==\n"
            + "-----END RSA PRIVATE KEY-----\nthanks";
    Scan scan = SecretScanner.scan(pem);
    assertThat(scan.findings()).extracting(Finding::kind).containsExactly(SecretKind.PRIVATE_KEY);
    assertThat(scan.masked())
        .contains("-----BEGIN RSA PRIVATE KEY-----")
        .contains("-----END RSA PRIVATE KEY-----")
        .doesNotContain("MIIEow")
        .endsWith("thanks");
  }

  @Test
  void severalSecretsInOneTextAreAllFoundInOrderAndMasked() {
    String text = "Hi, my password is Hunter2!x and my card 4111 1111 1111 1111; PIN 4821. Thanks!";
    Scan scan = SecretScanner.scan(text);
    assertThat(scan.findings())
        .extracting(Finding::kind)
        .containsExactly(SecretKind.PASSWORD, SecretKind.PAYMENT_CARD, SecretKind.PIN);
    assertThat(scan.masked())
        .isEqualTo(
            "Hi, my password is •••••• and my card •••• •••• •••• 1111; PIN ••••••. Thanks!");
    Finding password = scan.findings().get(0);
    assertThat(text.substring(password.start(), password.end())).isEqualTo("Hunter2!x");
  }

  @Test
  void aCommaAfterThePasswordStaysWithTheSentence() {
    assertThat(SecretScanner.mask("my password is Hunter2!x, the VPN says no"))
        .isEqualTo("my password is ••••••, the VPN says no");
  }

  @Test
  void maskedTextScansClean() {
    String text = "password: Hunter2!x, card 4111 1111 1111 1111, IBAN NL91ABNA0417164300";
    String masked = SecretScanner.mask(text);
    assertThat(SecretScanner.scan(masked).findings()).isEmpty();
    assertThat(SecretScanner.mask(masked)).isEqualTo(masked);
  }

  @Test
  void emptyAndNullTextAreClean() {
    assertThat(SecretScanner.scan("").clean()).isTrue();
    assertThat(SecretScanner.scan(null).masked()).isEmpty();
  }

  @Test
  void findingsOverlappingAnEarlierOneAreDropped() {
    // "password: 4111111111111111" is a password and a card: reported once
    Scan scan = SecretScanner.scan("password: 4111111111111111");
    assertThat(scan.findings()).hasSize(1);
    assertThat(scan.masked()).isEqualTo("password: ••••••");
  }
}
