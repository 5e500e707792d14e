package id.loket.sla.boundary;

import id.loket.sla.control.Targets;
import id.loket.sla.entity.SlaPolicy;
import java.time.Instant;

/**
 * An SLA policy as callers read it: durations as ISO-8601 text ({@code "PT30M"}), {@code null} for
 * "any" type or group, no next-response target or no escalation team; {@code version} goes back as
 * If-Match.
 */
public record PolicyView(
    String code,
    String name,
    String priority,
    String requestType,
    String requesterGroup,
    String calendar,
    String firstResponse,
    String resolution,
    String nextResponse,
    int warnPercent,
    String secondLevelAfter,
    String reminderEvery,
    String escalationTeam,
    boolean active,
    long version,
    String updatedBy,
    Instant updatedAt) {

  static PolicyView of(SlaPolicy p) {
    SlaPolicy.Terms t = p.terms();
    return new PolicyView(
        p.getCode(),
        t.name(),
        t.priority(),
        t.requestType(),
        t.requesterGroup(),
        t.calendarCode(),
        Targets.iso(t.firstResponse()),
        Targets.iso(t.resolution()),
        Targets.iso(t.nextResponse()),
        t.warnPercent(),
        Targets.iso(t.secondLevelAfter()),
        Targets.iso(t.reminderEvery()),
        t.escalationTeam(),
        t.active(),
        p.getVersion(),
        p.getUpdatedBy(),
        p.getUpdatedAt());
  }
}
