package id.loket.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

  @ParameterizedTest(name = "impact {0}, urgency {1} -> {2}")
  @CsvSource({
    "HIGH,   HIGH,   P1",
    "HIGH,   MEDIUM, P2",
    "HIGH,   LOW,    P3",
    "MEDIUM, HIGH,   P2",
    "MEDIUM, MEDIUM, P3",
    "MEDIUM, LOW,    P4",
    "LOW,    HIGH,   P3",
    "LOW,    MEDIUM, P4",
    "LOW,    LOW,    P4",
  })
  void derivesPriorityFromImpactAndUrgency(Impact impact, Urgency urgency, Priority expected) {
    assertThat(Priority.of(impact, urgency)).isEqualTo(expected);
  }

  @Test
  void matrixIsMonotonicAndUsesEveryPriority() {
    Set<Priority> seen = EnumSet.noneOf(Priority.class);
    for (Impact impact : Impact.values()) {
      for (Urgency urgency : Urgency.values()) {
        Priority p = Priority.of(impact, urgency);
        seen.add(p);
        if (impact.ordinal() > 0) {
          Impact higherImpact = Impact.values()[impact.ordinal() - 1];
          assertThat(Priority.of(higherImpact, urgency)).isLessThanOrEqualTo(p);
        }
        if (urgency.ordinal() > 0) {
          Urgency higherUrgency = Urgency.values()[urgency.ordinal() - 1];
          assertThat(Priority.of(impact, higherUrgency)).isLessThanOrEqualTo(p);
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(Priority.values());
  }

  @Test
  void refusesMissingAxis() {
    assertThatThrownBy(() -> Priority.of(null, Urgency.LOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Priority.of(Impact.LOW, null))
        .isInstanceOf(NullPointerException.class);
  }
}
