package id.loket.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetsTest {

  static final Targets.Units ID = new Targets.Units("hr", "j", "mnt", "dtk");

  @Test
  void readsIsoDurationsDownToSeconds() {
    assertThat(Targets.parse("PT30M")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Targets.parse(" PT8H ")).isEqualTo(Duration.ofHours(8));
    assertThat(Targets.parse("PT8S")).isEqualTo(Duration.ofSeconds(8));
    assertThat(Targets.parse("P365D")).isEqualTo(Duration.ofDays(365));
    assertThat(Targets.parse("")).isNull();
    assertThat(Targets.parse(null)).isNull();
  }

  @Test
  void refusesNothingNegativeFractionsTooLongAndText() {
    for (String bad : new String[] {"PT0S", "-PT5M", "PT0.5S", "P366D", "PT8761H", "30", "8h"}) {
      assertThatThrownBy(() -> Targets.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void writesIsoAsTheApiShowsIt() {
    assertThat(Targets.iso(Duration.ofMinutes(30))).isEqualTo("PT30M");
    assertThat(Targets.iso(Duration.ofHours(72))).isEqualTo("PT72H");
    assertThat(Targets.iso(null)).isNull();
  }

  @Test
  void writesShortTextForPeople() {
    Targets.Units en = Targets.Units.ENGLISH;
    assertThat(Targets.shortText(Duration.ofMinutes(30), en)).isEqualTo("30 min");
    assertThat(Targets.shortText(Duration.ofHours(4), en)).isEqualTo("4 h");
    assertThat(Targets.shortText(Duration.ofHours(74), en)).isEqualTo("74 h");
    assertThat(Targets.shortText(Duration.ofSeconds(3608), en)).isEqualTo("1 h 8 s");
    assertThat(Targets.shortText(Duration.ofMinutes(90), ID)).isEqualTo("1 j 30 mnt");
    assertThat(Targets.shortText(Duration.ZERO, en)).isEqualTo("0 min");
    assertThat(Targets.shortText(null, en)).isEqualTo("—");
  }
}
