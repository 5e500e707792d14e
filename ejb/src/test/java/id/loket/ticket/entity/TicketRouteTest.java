package id.loket.ticket.entity;

import static id.loket.ticket.entity.TicketFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Routing puts a ticket into a team's queue and maybe to an agent; each change is reported. */
class TicketRouteTest {

  @Test
  void routingANewTicketReportsTeamAssigneeAndStatus() {
    Ticket t = newTicket();
    t.pullChanges();
    t.route("network", "sari", "system", LATER);
    assertThat(t.getTeam()).isEqualTo("network");
    assertThat(t.getAssignee()).isEqualTo("sari");
    assertThat(t.getStatus()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(t.pullChanges())
        .extracting(Change::field, Change::oldText, Change::newText, Change::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("team", null, "network", "system"),
            org.assertj.core.groups.Tuple.tuple("assignee", null, "sari", "system"),
            org.assertj.core.groups.Tuple.tuple("status", "NEW", "ASSIGNED", "system"));
    assertThat(t.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void aQueueWithoutAgentLeavesTheAssigneeAndTheSameTeamReportsNothing() {
    Ticket t = newTicket();
    t.route("network", null, "system", T0);
    t.pullChanges();
    t.route("network", null, "sari", LATER);
    assertThat(t.pullChanges()).isEmpty();
    assertThat(t.getStatus()).isEqualTo(TicketStatus.NEW);
    assertThat(t.getUpdatedAt()).isEqualTo(T0);
  }

  @Test
  void anUnknownTeamKeepsTheCurrentOne() {
    Ticket t = newTicket();
    t.route("network", null, "system", T0);
    t.route(null, null, "system", LATER);
    assertThat(t.getTeam()).isEqualTo("network");
  }

  @Test
  void aClosedTicketIsNotRouted() {
    Ticket t = newTicket();
    t.assign(AGENT, DISPATCHER, T0);
    t.moveTo(TicketStatus.IN_PROGRESS, AGENT, T0);
    t.moveTo(TicketStatus.RESOLVED, AGENT, T0);
    t.moveTo(TicketStatus.CLOSED, REQUESTER, T0);
    assertThatThrownBy(() -> t.route("network", "sari", "system", LATER))
        .isInstanceOf(DomainException.class);
    assertThat(t.getTeam()).isNull();
  }

  @Test
  void aResolvedTicketChangesTeamButNotAssignee() {
    Ticket t = newTicket();
    t.assign(AGENT, DISPATCHER, T0);
    t.moveTo(TicketStatus.IN_PROGRESS, AGENT, T0);
    t.moveTo(TicketStatus.RESOLVED, AGENT, T0);
    t.route("network", "sari", "system", LATER);
    assertThat(t.getTeam()).isEqualTo("network");
    assertThat(t.getAssignee()).isEqualTo(AGENT);
  }
}
