package id.loket.ticket.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a ticket is in its life cycle, and which moves are allowed from there.
 *
 * <p>The workflow is deliberately strict: a ticket must be assigned before anyone works on it, work
 * can pause while waiting for the requester or a third party, and once resolved the requester
 * either accepts (CLOSED, terminal, so reporting figures cannot change afterwards) or disagrees
 * (REOPENED). Staying in the same status is not a transition. Anything not listed below is illegal:
 *
 * <pre>
 * NEW                     → ASSIGNED, RESOLVED
 * ASSIGNED                → IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED
 * IN_PROGRESS             → WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED
 * WAITING_FOR_REQUESTER   → IN_PROGRESS, RESOLVED
 * WAITING_FOR_THIRD_PARTY → IN_PROGRESS, RESOLVED
 * RESOLVED                → CLOSED, REOPENED
 * REOPENED                → ASSIGNED, IN_PROGRESS, RESOLVED
 * CLOSED                  → (none)
 * </pre>
 */
public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  WAITING_FOR_REQUESTER,
  WAITING_FOR_THIRD_PARTY,
  RESOLVED,
  CLOSED,
  REOPENED;

  private static final Map<TicketStatus, Set<TicketStatus>> NEXT =
      new EnumMap<>(TicketStatus.class);

  static {
    allow(NEW, ASSIGNED, RESOLVED);
    allow(ASSIGNED, IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED);
    allow(IN_PROGRESS, WAITING_FOR_REQUESTER, WAITING_FOR_THIRD_PARTY, RESOLVED);
    allow(WAITING_FOR_REQUESTER, IN_PROGRESS, RESOLVED);
    allow(WAITING_FOR_THIRD_PARTY, IN_PROGRESS, RESOLVED);
    allow(RESOLVED, CLOSED, REOPENED);
    allow(REOPENED, ASSIGNED, IN_PROGRESS, RESOLVED);
    NEXT.put(CLOSED, Collections.unmodifiableSet(EnumSet.noneOf(TicketStatus.class)));
  }

  private static void allow(TicketStatus from, TicketStatus first, TicketStatus... rest) {
    NEXT.put(from, Collections.unmodifiableSet(EnumSet.of(first, rest)));
  }

  /**
   * @return the statuses this one may move to directly (unmodifiable, empty for CLOSED)
   */
  public Set<TicketStatus> allowedNext() {
    return NEXT.get(this);
  }

  /**
   * @return whether a ticket in this status may move directly to {@code target}
   */
  public boolean canMoveTo(TicketStatus target) {
    return allowedNext().contains(Objects.requireNonNull(target, "target"));
  }

  /**
   * @return {@code true} unless the work is done (RESOLVED or CLOSED)
   */
  public boolean isOpen() {
    return this != RESOLVED && this != CLOSED;
  }

  /**
   * @return whether progress depends on someone outside the support team
   */
  public boolean isWaiting() {
    return this == WAITING_FOR_REQUESTER || this == WAITING_FOR_THIRD_PARTY;
  }
}
