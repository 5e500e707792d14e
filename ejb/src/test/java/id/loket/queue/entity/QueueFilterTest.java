package id.loket.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import org.junit.jupiter.api.Test;

class QueueFilterTest {

  @Test
  void blanksAreNoConditionAndValuesAreCleaned() {
    QueueFilter f =
        QueueFilter.of(" ", "p2", "", null, "network", " sari ", null, "email", " vpn ");
    assertThat(f.status()).isNull();
    assertThat(f.priority()).isEqualTo("P2");
    assertThat(f.team()).isEqualTo("network");
    assertThat(f.assignee()).isEqualTo("sari");
    assertThat(f.channel()).isEqualTo("EMAIL");
    assertThat(f.text()).isEqualTo("vpn");
    assertThat(QueueFilter.of(null, null, null, null, null, null, null, null, null).isEmpty())
        .isTrue();
  }

  @Test
  void everyBadValueIsNamed() {
    assertThatThrownBy(
            () ->
                QueueFilter.of(
                    "CLOSED", "P9", null, "a b", null, null, null, "FAX", "x".repeat(101)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(InvalidFieldException.Field::name)
                    .containsExactly("status", "priority", "category", "channel", "text"));
  }

  @Test
  void onlyOpenStatusesFilterAQueue() {
    assertThat(
            QueueFilter.of("waiting_for_requester", null, null, null, null, null, null, null, null)
                .status())
        .isEqualTo("WAITING_FOR_REQUESTER");
    assertThatThrownBy(
            () -> QueueFilter.of("RESOLVED", null, null, null, null, null, null, null, null))
        .isInstanceOf(InvalidFieldException.class);
  }
}
