package id.loket.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.loket.shared.InvalidFieldException;
import id.loket.sla.entity.WorkingHours;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreviewReaderTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void readsCalendarHalfDaysHolidaysAndAnOpenPause() {
    PreviewInput in =
        PreviewReader.read(
            json(
                """
                {"calendar": {"zone": "Asia/Jakarta",
                  "week": {"MONDAY": [["08:00","12:00"],["13:00","24:00"]], "SUNDAY": []},
                  "holidays": ["2026-12-25", {"date": "2026-12-24", "hours": [["08:00","12:00"]]}]},
                 "targetMinutes": 240, "start": "2026-11-23T01:00:00Z",
                 "pauses": [{"from": "2026-11-23T02:00:00Z", "to": "2026-11-23T03:00:00Z"},
                            {"from": "2026-11-23T05:00:00Z", "to": null}]}
                """));

    assertThat(in.calendar().zone().getId()).isEqualTo("Asia/Jakarta");
    assertThat(in.calendar().hoursOn(DayOfWeek.MONDAY))
        .containsExactly(WorkingHours.of("08:00", "12:00"), WorkingHours.of("13:00", "24:00"));
    assertThat(in.calendar().hoursOn(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThat(in.calendar().hoursOn(LocalDate.of(2026, 12, 24)))
        .containsExactly(WorkingHours.of("08:00", "12:00"));
    assertThat(in.target()).isEqualTo(Duration.ofHours(4));
    assertThat(in.start()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
    assertThat(in.pauses()).hasSize(2);
    assertThat(in.pauses().get(1).isOpen()).isTrue();
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    InvalidFieldException e =
        catchThrowableOfType(
            () ->
                PreviewReader.read(
                    json(
                        """
                        {"calendar": {"zone": "Mars/Olympus", "week": {"MONDAY": [["09:00"]],
                           "TUESDAY": [["08:00","12:00"],["11:00","13:00"]]}, "colour": "red"},
                         "targetMinutes": 2.5, "start": "2026-11-23",
                         "pauses": [{"from": "2026-11-23T05:00:00Z", "to": null},
                                    {"from": "2026-11-23T06:00:00Z", "to": "2026-11-23T07:00:00Z"}]}
                        """)),
            InvalidFieldException.class);

    assertThat(e.fields())
        .extracting(InvalidFieldException.Field::name)
        .containsExactlyInAnyOrder(
            "calendar.colour",
            "calendar.zone",
            "calendar.week.MONDAY[0]",
            "calendar.week",
            "targetMinutes",
            "start",
            "pauses[0].to");
  }

  @Test
  void aCalendarWithoutAnyHoursIsRefused() {
    InvalidFieldException e =
        catchThrowableOfType(
            () ->
                PreviewReader.read(
                    json(
                        """
                        {"calendar": {"zone": "UTC", "week": {"MONDAY": []}},
                         "targetMinutes": 60, "start": "2026-11-23T00:00:00Z"}
                        """)),
            InvalidFieldException.class);

    assertThat(e.fields())
        .extracting(InvalidFieldException.Field::name, InvalidFieldException.Field::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("calendar.week", "sla.preview.noHours"));
  }

  @Test
  void aStoredCalendarIsNamedByIdAndNotTogetherWithATypedOne() {
    PreviewInput byId =
        PreviewReader.read(
            json(
                "{\"calendarId\": 51, \"targetMinutes\": 60, \"start\": \"2026-11-23T00:00:00Z\"}"));
    assertThat(byId.calendarId()).isEqualTo(51L);
    assertThat(byId.calendar()).isNull();

    InvalidFieldException both =
        catchThrowableOfType(
            () ->
                PreviewReader.read(
                    json(
                        "{\"calendarId\": 51, \"calendar\": {\"zone\": \"UTC\", \"twentyFourSeven\": true},"
                            + " \"targetMinutes\": 60, \"start\": \"2026-11-23T00:00:00Z\"}")),
            InvalidFieldException.class);
    assertThat(both.fields())
        .extracting(InvalidFieldException.Field::name)
        .containsExactly("calendarId");
  }
}
