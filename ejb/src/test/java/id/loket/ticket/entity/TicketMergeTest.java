package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A duplicate is closed into its primary, both histories say so; nonsense merges are refused. */
class TicketMergeTest {

  private static Ticket other(long seq) {
    return Ticket.open(
        TicketNumber.of(2026, seq),
        "carol",
        "Printer jammed too",
        "Same printer",
        "hardware",
        Impact.LOW,
        Urgency.LOW,
        T0);
  }

  @Test
  void mergeClosesTheDuplicateAndRecordsTheMergeOnBoth() {
    Ticket duplicate = ticketIn(TicketStatus.IN_PROGRESS);
    Ticket primary = other(43);
    duplicate.pullChanges();
    primary.pullChanges();

    duplicate.mergeInto(primary, AGENT, LATER);

    assertThat(duplicate.getStatus()).isEqualTo(TicketStatus.CLOSED);
    assertThat(duplicate.getClosedAt()).isEqualTo(LATER);
    assertThat(duplicate.pullChanges())
        .extracting(Change::field, Change::oldText, Change::newText)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Change.FIELD_MERGED_INTO, null, primary.getNumber().value()),
            org.assertj.core.groups.Tuple.tuple(Change.FIELD_STATUS, "IN_PROGRESS", "CLOSED"));
    assertThat(primary.pullChanges())
        .extracting(Change::field, Change::newText, Change::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Change.FIELD_MERGED, duplicate.getNumber().value(), AGENT));
    assertThat(primary.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void mergeIntoItselfIsRefusedAndChangesNothing() {
    Ticket t = newTicket();
    State before = State.of(t);

    DomainException e =
        catchThrowableOfType(DomainException.class, () -> t.mergeInto(t, AGENT, LATER));

    assertThat(e.messageKey()).isEqualTo(Ticket.KEY_MERGE_SELF);
    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
    assertThat(State.of(t)).isEqualTo(before);
  }

  @Test
  void mergeIntoAClosedTicketIsAConflict() {
    Ticket duplicate = other(44);
    Ticket closed = ticketIn(TicketStatus.CLOSED);
    State before = State.of(duplicate);

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> duplicate.mergeInto(closed, AGENT, LATER));

    assertThat(e.messageKey()).isEqualTo(Ticket.KEY_MERGE_TARGET);
    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(State.of(duplicate)).isEqualTo(before);
  }

  @Test
  void aMergedTicketTakesNoDuplicateSoMergesCannotFormACycle() {
    Ticket a = other(45);
    Ticket b = other(46);
    a.mergeInto(b, AGENT, LATER);

    DomainException e =
        catchThrowableOfType(DomainException.class, () -> b.mergeInto(a, AGENT, LATER));

    assertThat(e.messageKey()).isEqualTo(Ticket.KEY_MERGE_TARGET);
    assertThat(b.getStatus()).isEqualTo(TicketStatus.NEW);
  }

  @Test
  void aClosedTicketCannotBeMergedAway() {
    Ticket closed = ticketIn(TicketStatus.CLOSED);

    DomainException e =
        catchThrowableOfType(
            DomainException.class, () -> closed.mergeInto(other(47), AGENT, LATER));

    assertThat(e.messageKey()).isEqualTo(Ticket.KEY_CLOSED);
  }
}
