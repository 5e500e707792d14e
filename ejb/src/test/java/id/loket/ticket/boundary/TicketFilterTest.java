package id.loket.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import id.loket.ticket.entity.TicketStatus;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TicketFilterTest {

  @Test
  void noStatusOrAllMeansEveryStatus() {
    assertThat(TicketFilter.of(null, null).allStatuses()).isTrue();
    assertThat(TicketFilter.of(" ALL ", "").allStatuses()).isTrue();
  }

  @Test
  void openIsEverythingNotYetResolvedClosedIsResolvedOrClosed() {
    TicketFilter open = TicketFilter.of("open", null);
    TicketFilter closed = TicketFilter.of("Closed", null);
    assertThat(open.statuses())
        .doesNotContain(TicketStatus.RESOLVED, TicketStatus.CLOSED)
        .contains(TicketStatus.NEW, TicketStatus.REOPENED, TicketStatus.WAITING_FOR_REQUESTER);
    assertThat(closed.statuses())
        .containsExactlyInAnyOrder(TicketStatus.RESOLVED, TicketStatus.CLOSED);
    EnumSet<TicketStatus> both = EnumSet.copyOf(open.statuses());
    both.addAll(closed.statuses());
    assertThat(both).isEqualTo(EnumSet.allOf(TicketStatus.class));
  }

  @Test
  void oneStatusByItsName() {
    assertThat(TicketFilter.of("IN_PROGRESS", null).statuses())
        .containsExactly(TicketStatus.IN_PROGRESS);
  }

  @Test
  void anUnknownStatusOrAnOverlongSearchIsMalformed() {
    for (String bad : new String[] {"in_progress", "done", "NEW,CLOSED"}) {
      assertThatThrownBy(() -> TicketFilter.of(bad, null))
          .as(bad)
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.MALFORMED));
    }
    assertThatThrownBy(() -> TicketFilter.of(null, "x".repeat(101)))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void searchWildcardsAreMatchedLiterally() {
    assertThat(TicketFilter.of(null, "  100%_done\\  ").likePattern())
        .isEqualTo("%100\\%\\_done\\\\%");
    assertThat(TicketFilter.of(null, "   ").search()).isNull();
    assertThat(TicketFilter.of(null, null).likePattern()).isNull();
  }
}
