package id.loket.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HealthDetailsFilterTest {

  private static String status(String json) {
    return HealthDetailsFilter.status(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void onlyTheOverallStatusIsPassedOnAndAnythingUnreadableIsDown() {
    assertThat(status("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\"}]}")).isEqualTo("UP");
    assertThat(status("{\"status\":\"DOWN\",\"checks\":[]}")).isEqualTo("DOWN");
    assertThat(status("{\"checks\":[]}")).isEqualTo("DOWN");
    assertThat(status("[1,2]")).isEqualTo("DOWN");
    assertThat(status("")).isEqualTo("DOWN");
    assertThat(status("<html>")).isEqualTo("DOWN");
  }
}
