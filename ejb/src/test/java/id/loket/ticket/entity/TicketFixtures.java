package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.shared.DomainException;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Shared fixtures and assertions for the {@link Ticket} unit tests. */
final class TicketFixtures {

  private TicketFixtures() {}

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant LATER = T0.plusSeconds(3_600);
  static final TicketNumber NUMBER = TicketNumber.of(2026, 42);
  static final String REQUESTER = "alice";
  static final String AGENT = "bob";
  static final String DISPATCHER = "dispatcher";

  static Ticket newTicket() {
    return Ticket.open(
        NUMBER,
        REQUESTER,
        "Printer jammed",
        "Paper stuck in tray 2",
        "hardware",
        Impact.HIGH,
        Urgency.LOW,
        T0);
  }

  /**
   * A ticket brought into {@code status} through legal steps before {@link #LATER}; assigned to bob
   * unless NEW.
   */
  static Ticket ticketIn(TicketStatus status) {
    Ticket t = newTicket();
    if (status != NEW) {
      t.assign(AGENT, DISPATCHER, T0.plusSeconds(60));
    }
    switch (status) {
      case IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED ->
          t.moveTo(status, AGENT, T0.plusSeconds(120));
      case CLOSED, REOPENED -> {
        t.moveTo(RESOLVED, AGENT, T0.plusSeconds(120));
        t.moveTo(status, REQUESTER, T0.plusSeconds(180));
      }
      default -> {}
    }
    assertThat(t.getStatus()).isEqualTo(status);
    return t;
  }

  /** Everything observable about a ticket, to prove that a refused operation changed nothing. */
  record State(
      TicketStatus status,
      String assignee,
      Instant updatedAt,
      Instant resolvedAt,
      Instant closedAt,
      int history,
      Impact impact,
      Urgency urgency,
      Priority priority,
      String title,
      String description,
      String category) {
    static State of(Ticket t) {
      return new State(
          t.getStatus(),
          t.getAssignee(),
          t.getUpdatedAt(),
          t.getResolvedAt(),
          t.getClosedAt(),
          t.pendingChanges().size(),
          t.getImpact(),
          t.getUrgency(),
          t.getPriority(),
          t.getTitle(),
          t.getDescription(),
          t.getCategory());
    }
  }

  /** The audit entries from position {@code from} on, each as (field, old, new, actor, at). */
  static List<Tuple> entriesSince(Ticket ticket, int from) {
    return ticket.pendingChanges().subList(from, ticket.pendingChanges().size()).stream()
        .map(a -> tuple(a.field(), a.oldText(), a.newText(), a.actor(), a.at()))
        .toList();
  }

  static void assertRefused(Ticket ticket, ThrowingCallable action, String key, Object... args) {
    State before = State.of(ticket);
    DomainException e = catchThrowableOfType(DomainException.class, action);
    assertThat(e).as("expected a DomainException").isNotNull();
    assertThat(e.messageKey()).isEqualTo(key);
    if (args.length == 0) {
      assertThat(e.args()).isEmpty();
    } else {
      assertThat(e.args()).containsExactly(args);
    }
    assertThat(State.of(ticket)).isEqualTo(before);
  }
}
