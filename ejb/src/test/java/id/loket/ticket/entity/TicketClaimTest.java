package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.DomainException;
import org.junit.jupiter.api.Test;

/** A claim takes a free ticket; it never silently takes one that a colleague holds. */
class TicketClaimTest {

  @Test
  void claimOfANewTicketAssignsItToTheClaimant() {
    Ticket t = newTicket();

    t.claim(AGENT, LATER);

    assertThat(t.getAssignee()).isEqualTo(AGENT);
    assertThat(t.getStatus()).isEqualTo(TicketStatus.ASSIGNED);
  }

  @Test
  void claimOfOnesOwnTicketChangesNothing() {
    Ticket t = newTicket();
    t.claim(AGENT, LATER);
    int before = t.pendingChanges().size();

    t.claim(AGENT, LATER.plusSeconds(1));

    assertThat(t.getAssignee()).isEqualTo(AGENT);
    assertThat(t.pendingChanges()).hasSize(before);
  }

  @Test
  void claimOfATicketSomeoneElseHoldsIsAConflictNamingTheHolder() {
    Ticket t = newTicket();
    t.assign(AGENT, DISPATCHER, LATER);
    int before = t.pendingChanges().size();

    TicketHeldException e =
        catchThrowableOfType(TicketHeldException.class, () -> t.claim("carol", LATER));

    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
    assertThat(e.messageKey()).isEqualTo(TicketHeldException.KEY);
    assertThat(e.holder()).isEqualTo(AGENT);
    assertThat(e.args()).containsExactly(AGENT);
    assertThat(t.getAssignee()).isEqualTo(AGENT);
    assertThat(t.pendingChanges()).hasSize(before);
  }

  @Test
  void explicitReassignmentToAColleagueStaysAllowed() {
    Ticket t = newTicket();
    t.assign(AGENT, DISPATCHER, LATER);

    t.assign("carol", DISPATCHER, LATER);

    assertThat(t.getAssignee()).isEqualTo("carol");
  }

  @Test
  void heldExceptionCanNameTheHolderForPeople() {
    TicketHeldException e = new TicketHeldException("budi", "Budi Santoso (budi)");

    assertThat(e.holder()).isEqualTo("budi");
    assertThat(e.args()).containsExactly("Budi Santoso (budi)");
    assertThat(e.getMessage()).isEqualTo("This ticket is already held by Budi Santoso (budi).");
  }
}
