package id.loket.sla.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which policy applies to a ticket: among the active policies of its priority, those whose request
 * type and requester group are either unset or equal to the ticket's; of these the most specific
 * (type and group, then type only, then group only, then neither). The database keeps one active
 * policy per (priority, type, group), so the choice is never a tie.
 */
public final class PolicyChoice {

  private PolicyChoice() {}

  public static Optional<SlaPolicy> choose(
      List<SlaPolicy> policies, String priority, String requestType, String requesterGroup) {
    return policies.stream()
        .filter(SlaPolicy::isActive)
        .filter(p -> p.getPriority().equals(priority))
        .filter(p -> p.getRequestType() == null || p.getRequestType().equals(requestType))
        .filter(
            p ->
                p.getRequesterGroup() == null
                    || p.getRequesterGroup().equalsIgnoreCase(Objects.toString(requesterGroup, "")))
        .max(Comparator.comparingInt(PolicyChoice::specificity));
  }

  /** 3 type and group, 2 type, 1 group, 0 neither. */
  static int specificity(SlaPolicy p) {
    return (p.getRequestType() != null ? 2 : 0) + (p.getRequesterGroup() != null ? 1 : 0);
  }
}
