package id.loket.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.loket.sla.boundary.PolicyDraft;
import id.loket.sla.boundary.PolicyView;
import id.loket.sla.control.Targets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

  static PolicyView stored(String first) {
    return new PolicyView(
        "p1-it",
        "IT",
        "P1",
        null,
        null,
        "office-jakarta",
        first,
        "PT4H",
        null,
        75,
        "PT2H",
        "PT4H",
        null,
        true,
        3,
        "admin",
        Instant.EPOCH);
  }

  @Test
  void minutesTypedBecomeIsoDurations() {
    PolicyForm form = PolicyForm.of(stored("PT30M"));
    assertThat(form.getFirstResponse().getValue()).isEqualTo(30);
    assertThat(form.getResolution().getValue()).isEqualTo(240);
    assertThat(form.getNextResponse().getValue()).isNull();
    form.getFirstResponse().setValue(45);
    form.getNextResponse().setValue(90);
    PolicyDraft d = form.toDraft();
    assertThat(d.getFirstResponse()).isEqualTo("PT45M");
    assertThat(d.getResolution()).isEqualTo("PT4H");
    assertThat(d.getNextResponse()).isEqualTo("PT90M");
    form.getNextResponse().setValue(null);
    assertThat(form.toDraft().getNextResponse()).isNull();
  }

  @Test
  void secondsStayUnlessTheirMinutesAreChanged() {
    PolicyForm form = PolicyForm.of(stored("PT8S"));
    assertThat(form.getFirstResponse().getValue()).isEqualTo(1);
    assertThat(form.toDraft().getFirstResponse()).isEqualTo("PT8S");
    form.getFirstResponse().setValue(2);
    assertThat(form.toDraft().getFirstResponse()).isEqualTo("PT2M");
  }

  @Test
  void zeroMinutesReachTheCheckAsZero() {
    PolicyForm form = PolicyForm.blank("office-jakarta");
    form.getFirstResponse().setValue(0);
    assertThat(form.toDraft().getFirstResponse()).isEqualTo("PT0M");
    assertThat(form.getDraft().getPriority()).isEqualTo("P3");
  }

  @Test
  void targetsAreShownShort() {
    assertThat(PolicyForm.shortText("PT74H", Targets.Units.ENGLISH)).isEqualTo("74 h");
    assertThat(PolicyForm.shortText(null, Targets.Units.ENGLISH)).isEqualTo("—");
  }
}
