package id.loket.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTokensTest {

  private final ReplyTokens tokens =
      new ReplyTokens("s3cret-of-this-desk", "servicedesk", "loket.local");

  @Test
  void replyAddressRoundTrips() {
    String address = tokens.replyAddress(42);
    assertThat(address).matches("servicedesk\\+t42\\.[a-z2-7]{16}@loket\\.local");
    assertThat(tokens.ticketOf(address)).hasValue(42);
    assertThat(tokens.ticketOf("Service Desk <" + address.toUpperCase() + ">")).hasValue(42);
  }

  @Test
  void messageIdRoundTrips() {
    String id = tokens.messageId(42, 1001);
    assertThat(id).matches("loket\\.t42\\.m1001\\.[a-z2-7]{16}@loket\\.local");
    assertThat(tokens.ticketOf(id)).hasValue(42);
    assertThat(tokens.ticketOf(" <" + id + "> ")).hasValue(42);
    assertThat(tokens.ticketOf(id.toUpperCase())).hasValue(42);
  }

  @Test
  void forgedSignatureIsRefused() {
    String address = tokens.replyAddress(42);
    String sig = address.substring(address.indexOf('.') + 1, address.indexOf('@'));
    String forged = sig.charAt(0) == 'a' ? "b" + sig.substring(1) : "a" + sig.substring(1);
    assertThat(tokens.ticketOf(address.replace(sig, forged))).isEmpty();
    ReplyTokens other = new ReplyTokens("another-secret", "servicedesk", "loket.local");
    assertThat(tokens.ticketOf(other.replyAddress(42))).isEmpty();
    assertThat(tokens.ticketOf(other.messageId(42, 1001))).isEmpty();
  }

  @Test
  void anotherTicketWithTheSameSignatureIsRefused() {
    String address = tokens.replyAddress(42);
    assertThat(tokens.ticketOf(address.replace("+t42.", "+t43."))).isEmpty();
    String id = tokens.messageId(42, 1001);
    assertThat(tokens.ticketOf(id.replace(".t42.", ".t43."))).isEmpty();
    assertThat(tokens.ticketOf(id.replace(".m1001.", ".m1002."))).isEmpty();
  }

  @Test
  void truncatedOrMalformedIsEmpty() {
    String address = tokens.replyAddress(42);
    assertThat(tokens.ticketOf(address.substring(0, address.indexOf('@') - 1) + "@loket.local"))
        .isEmpty();
    String id = tokens.messageId(42, 1001);
    assertThat(tokens.ticketOf(id.substring(0, 20))).isEmpty();
    assertThat(tokens.ticketOf("<" + id)).isEmpty();
    assertThat(tokens.ticketOf("servicedesk@loket.local")).isEmpty();
    assertThat(tokens.ticketOf("")).isEmpty();
    assertThat(tokens.ticketOf(null)).isEmpty();
    assertThat(tokens.ticketOf("servicedesk+t99999999999999999999.aaaaaaaaaaaaaaaa@loket.local"))
        .isEmpty();
  }
}
