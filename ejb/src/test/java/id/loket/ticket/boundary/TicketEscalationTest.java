package id.loket.ticket.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Priority;
import id.loket.ticket.entity.Urgency;
import org.junit.jupiter.api.Test;

/** A breach raises the priority exactly one step, whatever impact and urgency it starts from. */
class TicketEscalationTest {

  @Test
  void everyAssessmentBelowP1GoesUpExactlyOnePriority() {
    for (Impact i : Impact.values()) {
      for (Urgency u : Urgency.values()) {
        Priority before = Priority.of(i, u);
        var raised = TicketEscalation.raised(i, u);
        if (before == Priority.P1) {
          assertThat(raised).isEmpty();
        } else {
          Priority after = Priority.of(raised.orElseThrow().impact(), raised.get().urgency());
          assertThat(after.ordinal()).as(i + "/" + u).isEqualTo(before.ordinal() - 1);
        }
      }
    }
  }
}
