package id.loket.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  @Test
  void aMintedTokenParsesToItsOwnPrefixAndHash() {
    TokenSecrets.Minted minted = TokenSecrets.mint();
    assertThat(minted.token()).matches("lkt_[0-9a-f]{10}_[A-Za-z0-9_-]{43}");
    assertThat(minted.hash()).hasSize(64).doesNotContain(minted.token());
    TokenSecrets.Presented presented = TokenSecrets.parse(minted.token()).orElseThrow();
    assertThat(presented.prefix()).isEqualTo(minted.prefix());
    assertThat(TokenSecrets.sameHash(presented.hash(), minted.hash())).isTrue();
  }

  @Test
  void tokensAreNeverTheSame() {
    assertThat(TokenSecrets.mint().token()).isNotEqualTo(TokenSecrets.mint().token());
  }

  @Test
  void aChangedSecretHasAnotherHash() {
    String token = TokenSecrets.mint().token();
    char last = token.charAt(token.length() - 1);
    String changed = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(TokenSecrets.sameHash(TokenSecrets.hash(changed), TokenSecrets.hash(token)))
        .isFalse();
  }

  @Test
  void refusesWhatIsNotAToken() {
    assertThat(TokenSecrets.parse(null)).isEmpty();
    assertThat(TokenSecrets.parse("")).isEmpty();
    assertThat(TokenSecrets.parse("lkt_abc_def")).isEmpty();
    assertThat(TokenSecrets.parse("Basic cmluYTpkZW1vMjAyNg==")).isEmpty();
    assertThat(TokenSecrets.parse(TokenSecrets.mint().token() + "x")).isEmpty();
  }
}
