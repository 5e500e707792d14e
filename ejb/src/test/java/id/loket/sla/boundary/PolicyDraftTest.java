package id.loket.sla.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.InvalidFieldException;
import id.loket.sla.entity.SlaPolicy;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyDraftTest {

  static final PolicyDraft.Lookups KNOWN =
      new PolicyDraft.Lookups(
          Set.of("laptop-repair")::contains,
          Set.of("office-jakarta")::contains,
          Set.of("network")::contains);

  static PolicyDraft good() {
    PolicyDraft d = new PolicyDraft();
    d.setCode("p1-laptops");
    d.setName(" Laptops, critical ");
    d.setPriority("P1");
    d.setRequestType("laptop-repair");
    d.setRequesterGroup("Sales");
    d.setCalendar("office-jakarta");
    d.setFirstResponse("PT30M");
    d.setResolution("PT4H");
    d.setSecondLevelAfter("PT2H");
    d.setReminderEvery("PT4H");
    d.setEscalationTeam("network");
    return d;
  }

  @Test
  void aGoodDraftGivesTermsWithDefaults() {
    SlaPolicy.Terms t = good().terms(KNOWN);
    assertThat(t.name()).isEqualTo("Laptops, critical");
    assertThat(t.firstResponse()).isEqualTo(Duration.ofMinutes(30));
    assertThat(t.resolution()).isEqualTo(Duration.ofHours(4));
    assertThat(t.nextResponse()).isNull();
    assertThat(t.warnPercent()).isEqualTo(75);
    assertThat(t.active()).isTrue();
    assertThat(t.requesterGroup()).isEqualTo("Sales");
  }

  @Test
  void everyBadFieldIsNamedAtOnce() {
    PolicyDraft d = good();
    d.setCode("P1 Laptops");
    d.setName(" ");
    d.setPriority("P5");
    d.setRequestType("no-such-type");
    d.setRequesterGroup("line\nbreak");
    d.setCalendar("mars");
    d.setFirstResponse("30 minutes");
    d.setResolution("PT0S");
    d.setNextResponse("P400D");
    d.setWarnPercent(100);
    d.setSecondLevelAfter(null);
    d.setReminderEvery("-PT1H");
    d.setEscalationTeam("ghosts");
    InvalidFieldException e =
        catchThrowableOfType(InvalidFieldException.class, () -> d.terms(KNOWN));
    assertThat(e.fields())
        .extracting(InvalidFieldException.Field::name)
        .containsExactly(
            "code",
            "name",
            "priority",
            "requestType",
            "requesterGroup",
            "calendar",
            "firstResponse",
            "resolution",
            "nextResponse",
            "secondLevelAfter",
            "reminderEvery",
            "warnPercent",
            "escalationTeam");
  }

  @Test
  void limitsAreInclusive() {
    PolicyDraft d = good();
    d.setName("n".repeat(120));
    d.setRequesterGroup("g".repeat(100));
    d.setWarnPercent(99);
    d.setResolution("P365D");
    assertThat(d.terms(KNOWN).warnPercent()).isEqualTo(99);
    d.setName("n".repeat(121));
    d.setRequesterGroup("g".repeat(101));
    d.setWarnPercent(0);
    InvalidFieldException e =
        catchThrowableOfType(InvalidFieldException.class, () -> d.terms(KNOWN));
    assertThat(e.fields())
        .extracting(InvalidFieldException.Field::name)
        .containsExactly("name", "requesterGroup", "warnPercent");
  }

  @Test
  void aMissingCalendarIsRequiredNotUnknown() {
    PolicyDraft d = good();
    d.setCalendar("  ");
    InvalidFieldException e =
        catchThrowableOfType(InvalidFieldException.class, () -> d.terms(KNOWN));
    assertThat(e.fields().get(0).messageKey()).isEqualTo("sla.policy.calendar.required");
  }
}
