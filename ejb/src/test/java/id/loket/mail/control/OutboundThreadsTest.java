package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboundThreadsTest {

  @Test
  void messageIdsAreBracketedOnce() {
    assertThat(OutboundThreads.bracket("a@b")).isEqualTo("<a@b>");
    assertThat(OutboundThreads.bracket(" <a@b> ")).isEqualTo("<a@b>");
    assertThat(OutboundThreads.bracket(" ")).isNull();
    assertThat(OutboundThreads.bracket(null)).isNull();
  }

  @Test
  void referencesGrowByTheMailAnswered() {
    assertThat(OutboundThreads.references(null, "<c@d>")).isEqualTo("<c@d>");
    assertThat(OutboundThreads.references("<a@b> ", "<c@d>")).isEqualTo("<a@b> <c@d>");
  }

  @Test
  void digestIsShortFixedAndStable() {
    assertThat(OutboundThreads.digest("<a@b>"))
        .hasSize(32)
        .matches("[0-9a-f]+")
        .isEqualTo(OutboundThreads.digest("<a@b>"))
        .isNotEqualTo(OutboundThreads.digest("<a@c>"));
  }
}
