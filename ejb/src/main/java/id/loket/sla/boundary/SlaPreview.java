package id.loket.sla.boundary;

import id.loket.identity.entity.Roles;
import id.loket.shared.InvalidFieldException;
import id.loket.sla.control.PreviewInput;
import id.loket.sla.control.PreviewReader;
import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.LedgerEntry;
import id.loket.sla.entity.SlaClock;
import id.loket.sla.entity.SlaLedger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "A ticket opened at X under this calendar, paused during these stretches, with this target: when
 * is it due, and why?" — what an administrator asks before switching a new calendar on. Computes
 * only; stores nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SlaPreview {

  @EJB SlaCalendars calendars;

  /**
   * @param request see {@link PreviewReader} for its shape
   * @throws InvalidFieldException naming every bad field
   */
  public Result preview(JsonObject request) {
    PreviewInput in = PreviewReader.read(request);
    BusinessCalendar calendar =
        in.calendar() != null ? in.calendar() : calendars.calendar(in.calendarId());
    SlaClock clock;
    try {
      clock = new SlaClock(calendar, in.start(), in.pauses());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("pauses", "sla.preview.pause");
    }
    Optional<Instant> due = clock.due(in.target());
    if (due.isEmpty() && !clock.isPaused()) {
      throw new InvalidFieldException("calendar", "sla.preview.noHours");
    }
    return new Result(
        due.orElse(null),
        calendar.zone().getId(),
        in.target().toMinutes(),
        clock.isPaused(),
        SlaLedger.of(calendar, clock, due));
  }

  /**
   * The answer: {@code due} ({@code null} while the clock is still paused), the calendar's zone to
   * show it in, and the ledger that explains it.
   */
  public record Result(
      @JsonbNillable Instant due,
      String zone,
      long targetMinutes,
      boolean paused,
      List<LedgerEntry> ledger) {}
}
