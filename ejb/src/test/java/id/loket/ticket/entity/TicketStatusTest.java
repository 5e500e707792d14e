package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketStatusTest {

  /** The workflow as specified, written out independently of the production code. */
  private static final Map<TicketStatus, Set<TicketStatus>> EXPECTED =
      Map.of(
          NEW, EnumSet.of(ASSIGNED, RESOLVED),
          ASSIGNED,
              EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED),
          IN_PROGRESS, EnumSet.of(WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED),
          WAITING_FOR_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED),
          WAITING_FOR_THIRD_PARTY, EnumSet.of(IN_PROGRESS, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED, REOPENED),
          REOPENED, EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED),
          CLOSED, EnumSet.noneOf(TicketStatus.class));

  static Stream<Arguments> allPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (TicketStatus from : values()) {
      for (TicketStatus to : values()) {
        pairs.add(Arguments.of(from, to, EXPECTED.get(from).contains(to)));
      }
    }
    return pairs.stream();
  }

  @Test
  void tableCoversAllSixtyFourPairsWithEighteenAllowed() {
    List<Arguments> pairs = allPairs().toList();

    assertThat(pairs).hasSize(64);
    assertThat(pairs).filteredOn(a -> (Boolean) a.get()[2]).hasSize(18);
    assertThat(EXPECTED).containsOnlyKeys(values());
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("allPairs")
  void statusAnswersExactlyAsTheTable(TicketStatus from, TicketStatus to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1} allowed: {2}")
  @MethodSource("allPairs")
  void ticketFollowsExactlyTheTable(TicketStatus from, TicketStatus to, boolean allowed) {
    Ticket ticket = TicketFixtures.ticketIn(from);
    TicketFixtures.State before = TicketFixtures.State.of(ticket);

    if (allowed) {
      perform(ticket, from, to);

      assertThat(ticket.getStatus()).isEqualTo(to);
      assertThat(ticket.getUpdatedAt()).isEqualTo(TicketFixtures.LATER);
      Change last = ticket.pendingChanges().get(ticket.pendingChanges().size() - 1);
      assertThat(last.field()).isEqualTo("status");
      assertThat(last.oldText()).isEqualTo(from.name());
      assertThat(last.newText()).isEqualTo(to.name());
      assertThat(last.actor()).isEqualTo("actor");
      assertThat(last.at()).isEqualTo(TicketFixtures.LATER);
    } else {
      IllegalTransitionException e =
          catchThrowableOfType(IllegalTransitionException.class, () -> perform(ticket, from, to));

      assertThat(e).as("expected IllegalTransitionException").isNotNull();
      assertThat(e.from()).isEqualTo(from);
      assertThat(e.to()).isEqualTo(to);
      assertThat(e.messageKey()).isEqualTo("ticket.transition.illegal");
      assertThat(e.args()).containsExactly(from, to);
      assertThat(TicketFixtures.State.of(ticket)).isEqualTo(before);
    }
  }

  /**
   * A NEW ticket never has an assignee, so NEW → ASSIGNED can only happen through {@link
   * Ticket#assign}; every other pair goes through {@link Ticket#moveTo}.
   */
  private static void perform(Ticket ticket, TicketStatus from, TicketStatus to) {
    if (from == NEW && to == ASSIGNED) {
      ticket.assign(TicketFixtures.AGENT, "actor", TicketFixtures.LATER);
    } else {
      ticket.moveTo(to, "actor", TicketFixtures.LATER);
    }
  }

  @Test
  void illegalTransitionHasReadableEnglishMessage() {
    assertThat(new IllegalTransitionException(IN_PROGRESS, NEW))
        .hasMessage("A ticket in status IN_PROGRESS cannot move to NEW");
  }

  @ParameterizedTest
  @EnumSource(TicketStatus.class)
  void allowedNextIsReadOnly(TicketStatus status) {
    assertThatThrownBy(() -> status.allowedNext().add(NEW))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(status.allowedNext()).doesNotContain(status);
  }

  @ParameterizedTest
  @EnumSource(TicketStatus.class)
  void openMeansNotResolvedOrClosed(TicketStatus status) {
    assertThat(status.isOpen()).isEqualTo(status != RESOLVED && status != CLOSED);
  }

  @ParameterizedTest
  @EnumSource(TicketStatus.class)
  void waitingMeansWaitingForSomeoneOutsideSupport(TicketStatus status) {
    assertThat(status.isWaiting())
        .isEqualTo(status == WAITING_FOR_REQUESTER || status == WAITING_FOR_THIRD_PARTY);
  }
}
