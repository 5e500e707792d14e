package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static id.loket.ticket.entity.TicketStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.loket.shared.DomainException;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Opening, assignment, status moves, resolve/close/reopen rules and refusals on closed tickets. */
class TicketLifecycleTest {

  @Test
  void openCreatesNewTicketWithDerivedPriorityAndCreationEntry() {
    Ticket t = newTicket();

    assertThat(t.getNumber()).isEqualTo(NUMBER);
    assertThat(t.getRequester()).isEqualTo(REQUESTER);
    assertThat(t.getTitle()).isEqualTo("Printer jammed");
    assertThat(t.getDescription()).isEqualTo("Paper stuck in tray 2");
    assertThat(t.getCategory()).isEqualTo("hardware");
    assertThat(t.getImpact()).isEqualTo(Impact.HIGH);
    assertThat(t.getUrgency()).isEqualTo(Urgency.LOW);
    assertThat(t.getPriority()).isEqualTo(Priority.P3);
    assertThat(t.getStatus()).isEqualTo(NEW);
    assertThat(t.getAssignee()).isNull();
    assertThat(t.getCreatedAt()).isEqualTo(T0);
    assertThat(t.getUpdatedAt()).isEqualTo(T0);
    assertThat(t.getResolvedAt()).isNull();
    assertThat(t.getClosedAt()).isNull();
    assertThat(t.pendingChanges())
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor, Change::at)
        .containsExactly(tuple("created", null, "LKT-2026-000042-6", REQUESTER, T0));
  }

  @Test
  void openStripsSingleLineFields() {
    Ticket t =
        Ticket.open(
            NUMBER,
            " alice ",
            "  Printer jammed ",
            "Paper",
            " hardware\t",
            Impact.LOW,
            Urgency.LOW,
            T0);

    assertThat(t.getRequester()).isEqualTo("alice");
    assertThat(t.getTitle()).isEqualTo("Printer jammed");
    assertThat(t.getCategory()).isEqualTo("hardware");
    assertThat(t.getPriority()).isEqualTo(Priority.P4);
  }

  static Stream<Arguments> incompleteOpenings() {
    return Stream.of(
        Arguments.of(
            "number",
            (ThrowingCallable)
                () -> Ticket.open(null, "a", "t", "d", "c", Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "requester",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, " ", "t", "d", "c", Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "title",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", null, "d", "c", Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "title",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", "", "d", "c", Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "description",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", "t", "\n ", "c", Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "category",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", "t", "d", null, Impact.LOW, Urgency.LOW, T0)),
        Arguments.of(
            "impact",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", "t", "d", "c", null, Urgency.LOW, T0)),
        Arguments.of(
            "urgency",
            (ThrowingCallable)
                () -> Ticket.open(NUMBER, "a", "t", "d", "c", Impact.LOW, null, T0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("incompleteOpenings")
  void openRequiresEveryField(String field, ThrowingCallable opening) {
    DomainException e = catchThrowableOfType(DomainException.class, opening);

    assertThat(e).isNotNull();
    assertThat(e.messageKey()).isEqualTo("ticket.field.required");
    assertThat(e.args()).containsExactly(field);
    assertThat(e).hasMessage("The field '" + field + "' is required");
  }

  @Test
  void assignNewTicketSetsAssigneeAndStatus() {
    Ticket t = newTicket();

    t.assign(AGENT, DISPATCHER, LATER);

    assertThat(t.getAssignee()).isEqualTo(AGENT);
    assertThat(t.getStatus()).isEqualTo(ASSIGNED);
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(t.pendingChanges()).hasSize(3);
    assertThat(t.pendingChanges().subList(1, 3))
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor, Change::at)
        .containsExactly(
            tuple("assignee", null, AGENT, DISPATCHER, LATER),
            tuple("status", "NEW", "ASSIGNED", DISPATCHER, LATER));
  }

  @ParameterizedTest
  @EnumSource(
      names = {"ASSIGNED", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "WAITING_FOR_THIRD_PARTY"})
  void assignWhileBeingHandledOnlyChangesAssignee(TicketStatus status) {
    Ticket t = ticketIn(status);
    int before = t.pendingChanges().size();

    t.assign("carol", DISPATCHER, LATER);

    assertThat(t.getStatus()).isEqualTo(status);
    assertThat(t.getAssignee()).isEqualTo("carol");
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(entriesSince(t, before))
        .containsExactly(tuple("assignee", AGENT, "carol", DISPATCHER, LATER));
  }

  @Test
  void assignRequiresAnAssignee() {
    Ticket t = newTicket();

    assertRefused(t, () -> t.assign(null, DISPATCHER, LATER), "ticket.assign.required");
    assertRefused(t, () -> t.assign("  ", DISPATCHER, LATER), "ticket.assign.required");
  }

  @ParameterizedTest
  @EnumSource(names = {"RESOLVED", "CLOSED"})
  void assignIsRefusedOnceResolved(TicketStatus status) {
    Ticket t = ticketIn(status);
    State before = State.of(t);

    IllegalTransitionException e =
        catchThrowableOfType(
            IllegalTransitionException.class, () -> t.assign("carol", DISPATCHER, LATER));

    assertThat(e).isNotNull();
    assertThat(e.from()).isEqualTo(status);
    assertThat(e.to()).isEqualTo(ASSIGNED);
    assertThat(State.of(t)).isEqualTo(before);
  }

  @Test
  void moveToAssignedWithoutAssigneeIsRefused() {
    Ticket fresh = newTicket();
    assertRefused(fresh, () -> fresh.moveTo(ASSIGNED, DISPATCHER, LATER), "ticket.assign.required");

    Ticket reopened = newTicket();
    reopened.moveTo(RESOLVED, AGENT, T0.plusSeconds(60));
    reopened.moveTo(REOPENED, REQUESTER, T0.plusSeconds(120));
    assertRefused(
        reopened, () -> reopened.moveTo(ASSIGNED, DISPATCHER, LATER), "ticket.assign.required");
  }

  @Test
  void moveToRecordsStatusChangeWithActorAndTime() {
    Ticket t = ticketIn(ASSIGNED);

    t.moveTo(WAITING_FOR_THIRD_PARTY, AGENT, LATER);

    assertThat(t.getStatus()).isEqualTo(WAITING_FOR_THIRD_PARTY);
    assertThat(t.getStatus().isWaiting()).isTrue();
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
    assertThat(t.pendingChanges().get(t.pendingChanges().size() - 1))
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor, Change::at)
        .containsExactly("status", "ASSIGNED", "WAITING_FOR_THIRD_PARTY", AGENT, LATER);
  }

  @Test
  void resolveCloseAndReopenMaintainTimestamps() {
    Ticket t = ticketIn(IN_PROGRESS);
    Instant resolved = T0.plusSeconds(600);
    Instant reopened = T0.plusSeconds(1_200);
    Instant resolvedAgain = T0.plusSeconds(1_800);

    t.moveTo(RESOLVED, AGENT, resolved);
    assertThat(t.getResolvedAt()).isEqualTo(resolved);
    assertThat(t.getClosedAt()).isNull();

    t.moveTo(REOPENED, REQUESTER, reopened);
    assertThat(t.getResolvedAt()).isNull();
    assertThat(t.getUpdatedAt()).isEqualTo(reopened);

    t.moveTo(RESOLVED, AGENT, resolvedAgain);
    t.moveTo(CLOSED, REQUESTER, LATER);
    assertThat(t.getResolvedAt()).isEqualTo(resolvedAgain);
    assertThat(t.getClosedAt()).isEqualTo(LATER);
    assertThat(t.getStatus().isOpen()).isFalse();
  }

  static Stream<Arguments> changesOfAClosedTicket() {
    return Stream.of(
        Arguments.of("edit", (Consumer<Ticket>) t -> t.edit("x", "y", "network", AGENT, LATER)),
        Arguments.of(
            "reclassify",
            (Consumer<Ticket>) t -> t.reclassify(Impact.LOW, Urgency.LOW, AGENT, LATER)),
        Arguments.of(
            "public comment",
            (Consumer<Ticket>) t -> t.addComment(REQUESTER, "Thanks", Visibility.PUBLIC, LATER)),
        Arguments.of(
            "internal note",
            (Consumer<Ticket>) t -> t.addComment(AGENT, "Note", Visibility.INTERNAL, LATER)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changesOfAClosedTicket")
  void closedTicketRefusesChanges(String name, Consumer<Ticket> change) {
    Ticket t = ticketIn(CLOSED);

    assertRefused(t, () -> change.accept(t), "ticket.closed", "LKT-2026-000042-6");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changesOfAClosedTicket")
  void resolvedTicketStillAcceptsChanges(String name, Consumer<Ticket> change) {
    Ticket t = ticketIn(RESOLVED);
    int before = t.pendingChanges().size();

    change.accept(t);

    assertThat(t.pendingChanges()).hasSizeGreaterThan(before);
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void isOwnedByMatchesTheRequesterOnly() {
    Ticket t = ticketIn(IN_PROGRESS);

    assertThat(t.isOwnedBy(REQUESTER)).isTrue();
    assertThat(t.isOwnedBy(AGENT)).isFalse();
    assertThat(t.isOwnedBy("ALICE")).isFalse();
    assertThat(t.isOwnedBy(null)).isFalse();
  }

  @Test
  void domainExceptionExposesKeyArgumentsAndEnglishDefault() {
    DomainException e =
        new DomainException("ticket.field.required", "The field 'title' is required", "title");
    Object[] args = e.args();
    args[0] = "tampered";

    assertThat(e.messageKey()).isEqualTo("ticket.field.required");
    assertThat(e.args()).containsExactly("title");
    assertThat(e.getMessage()).isEqualTo("The field 'title' is required");
    assertThat(new DomainException("k", "m").args()).isEmpty();
  }
}
