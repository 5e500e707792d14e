package id.loket.sla.control;

import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A preview request once read and checked: the calendar typed in it, or the id of a stored one
 * (exactly one of the two is set), the clock's start, target and pauses.
 */
public record PreviewInput(
    BusinessCalendar calendar,
    Long calendarId,
    Instant start,
    Duration target,
    List<Span> pauses) {}
