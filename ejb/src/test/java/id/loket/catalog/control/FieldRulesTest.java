package id.loket.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.loket.catalog.entity.FieldDefinition;
import id.loket.catalog.entity.FieldKind;
import id.loket.catalog.entity.FieldOption;
import id.loket.catalog.entity.FormDefinition;
import id.loket.catalog.entity.Localized;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

  private static final Set<String> USERS = Set.of("rina", "budi");

  private static FieldDefinition field(String key, FieldKind kind, boolean required) {
    List<FieldOption> options =
        kind.hasOptions()
            ? List.of(
                new FieldOption("GA", new Localized("Garuda", "Garuda")),
                new FieldOption("QG", new Localized("Citilink", "Citilink")),
                new FieldOption("JT", new Localized("Lion", "Lion")))
            : List.of();
    return new FieldDefinition(
        key, kind, new Localized(key, key), new Localized("why", "mengapa"), required, options);
  }

  private static final FormDefinition FORM =
      new FormDefinition(
          List.of(
              field("flight", FieldKind.TEXT, true),
              field("notes", FieldKind.LONG_TEXT, false),
              field("minutes", FieldKind.NUMBER, false),
              field("airline", FieldKind.CHOICE, false),
              field("extras", FieldKind.MULTI_CHOICE, false),
              field("day", FieldKind.DATE, false),
              field("at", FieldKind.DATE_TIME, false),
              field("paid", FieldKind.YES_NO, false),
              field("passenger", FieldKind.USER, false)));

  private static JsonObject json(String text) {
    try (var r = Json.createReader(text)) {
      return r.readObject();
    }
  }

  private static JsonObject valid(String input) {
    return FieldRules.validate(FORM.check(), json(input), USERS::contains);
  }

  private static List<String> badFields(String input) {
    try {
      valid(input);
      throw new AssertionError("accepted " + input);
    } catch (InvalidFieldException e) {
      return e.fields().stream().map(f -> f.name() + ":" + f.messageKey()).toList();
    }
  }

  @Test
  void valuesAreStoredTyped() {
    JsonObject typed =
        valid(
            """
            {"flight":"  GA 404 ","minutes":"90","airline":"QG","extras":["JT","GA","JT"],
             "day":"2026-12-02","at":"2026-12-02T08:15","paid":"true","passenger":"budi",
             "notes":""}""");
    assertThat(typed.toString())
        .isEqualTo(
            "{\"flight\":\"GA 404\",\"minutes\":90,\"airline\":\"QG\",\"extras\":[\"GA\",\"JT\"],"
                + "\"day\":\"2026-12-02\",\"at\":\"2026-12-02T08:15\",\"paid\":true,"
                + "\"passenger\":\"budi\"}");
  }

  @Test
  void decimalsAndOffsetsKeepTheirMeaning() {
    JsonObject typed =
        valid("{\"flight\":\"x\",\"minutes\":12.50,\"at\":\"2026-12-02T08:15+07:00\"}");
    assertThat(typed.getJsonNumber("minutes").bigDecimalValue()).isEqualByComparingTo("12.5");
    assertThat(typed.getString("at")).isEqualTo("2026-12-02T08:15+07:00");
  }

  @Test
  void requiredFieldMustHaveAValue() {
    assertThat(badFields("{\"flight\":\"   \"}"))
        .containsExactly("fields.flight:catalog.field.required");
    assertThat(badFields("{}")).containsExactly("fields.flight:catalog.field.required");
  }

  @Test
  void everyBadValueIsNamedAtOnce() {
    assertThat(
            badFields(
                """
                {"flight":"x","minutes":"ninety","airline":"XX","extras":["GA","??"],
                 "day":"2026-02-30","at":"yesterday","paid":"maybe","passenger":"ghost",
                 "unknown":1}"""))
        .containsExactlyInAnyOrder(
            "fields.unknown:catalog.field.unknown",
            "fields.minutes:catalog.field.number",
            "fields.airline:catalog.field.choice",
            "fields.extras:catalog.field.choice",
            "fields.day:catalog.field.date",
            "fields.at:catalog.field.dateTime",
            "fields.paid:catalog.field.yesNo",
            "fields.passenger:catalog.field.user");
  }

  @Test
  void wrongJsonTypesAndOversizedTextsAreRefused() {
    assertThat(
            badFields(
                "{\"flight\":42,\"airline\":[\"GA\"],\"notes\":\"" + "x".repeat(4001) + "\"}"))
        .containsExactlyInAnyOrder(
            "fields.flight:catalog.field.text",
            "fields.airline:catalog.field.choice",
            "fields.notes:catalog.field.text");
    assertThat(badFields("{\"flight\":\"x\",\"minutes\":1e20}"))
        .containsExactly("fields.minutes:catalog.field.number");
  }

  @Test
  void definitionsAreCheckedAndSurviveTheirJson() {
    assertThat(FormDefinition.parse(FORM.toJson())).isEqualTo(FORM);
    FormDefinition broken =
        new FormDefinition(
            List.of(
                field("Bad key", FieldKind.TEXT, false),
                field("twice", FieldKind.TEXT, false),
                field("twice", FieldKind.TEXT, false),
                new FieldDefinition(
                    "pick", FieldKind.CHOICE, new Localized("Pick", ""), null, false, List.of())));
    assertThatThrownBy(broken::check)
        .isInstanceOfSatisfying(
            InvalidFieldException.class,
            e ->
                assertThat(e.fields())
                    .extracting(f -> f.name() + ":" + f.messageKey())
                    .containsExactlyInAnyOrder(
                        "form[0].key:catalog.form.key",
                        "form[2].key:catalog.form.key.twice",
                        "form[3].label:catalog.form.label",
                        "form[3].options:catalog.form.options"));
  }
}
