package id.loket.sla.control;

import id.loket.sla.entity.BusinessCalendar;
import id.loket.sla.entity.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A preview request once read and checked: the calendar, the clock's start, target and pauses. */
public record PreviewInput(
    BusinessCalendar calendar, Instant start, Duration target, List<Span> pauses) {}
