package id.loket.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.shared.InvalidFieldException;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class ViewDefinitionTest {

  @Test
  void aValidDefinitionRoundTripsWithoutBlanks() {
    ViewDefinition d =
        ViewDefinition.of(
            Json.createObjectBuilder()
                .add("view", "team")
                .add("team", "network")
                .add("sort", "priority")
                .add("priority", "P1")
                .add("text", " ")
                .build());
    assertThat(d.values()).containsOnlyKeys("view", "team", "sort", "priority");
    assertThat(ViewDefinition.parse(d.toJson())).isEqualTo(d);
    assertThat(d.filter().priority()).isEqualTo("P1");
  }

  @Test
  void unknownKeysViewsSortsOrValuesAreRefusedOnTheDefinition() {
    for (var bad :
        new jakarta.json.JsonObject[] {
          Json.createObjectBuilder().add("view", "mine").add("colour", "red").build(),
          Json.createObjectBuilder().add("view", "elsewhere").build(),
          Json.createObjectBuilder().add("view", "mine").add("sort", "chaos").build(),
          Json.createObjectBuilder().add("view", "mine").add("priority", "P7").build(),
          Json.createObjectBuilder().add("view", "mine").add("status", 3).build(),
          Json.createObjectBuilder().build()
        }) {
      assertThatThrownBy(() -> ViewDefinition.of(bad))
          .isInstanceOfSatisfying(
              InvalidFieldException.class,
              e -> assertThat(e.fields().get(0).name()).isEqualTo("definition"));
    }
  }
}
