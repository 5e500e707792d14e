package id.loket.identity.entity;

import java.util.List;
import java.util.function.Predicate;

/**
 * {@link Role} names as constants, for {@code @RolesAllowed} and {@code isCallerInRole}, and the
 * two groups of roles that features ask about: who is service-desk <em>staff</em> and who
 * <em>oversees</em> queues beyond their own teams. Each group is defined here once, so that a new
 * role changes one line and not every boundary.
 */
public final class Roles {
  public static final String REQUESTER = "REQUESTER";
  public static final String AGENT = "AGENT";
  public static final String TEAM_LEAD = "TEAM_LEAD";
  public static final String MANAGER = "MANAGER";
  public static final String ADMIN = "ADMIN";

  /** The roles that work tickets: they see every ticket, internal notes and the queues. */
  public static final List<String> STAFF = List.of(AGENT, TEAM_LEAD, MANAGER, ADMIN);

  /** The roles that see and act on every team's queue, not only the teams they are members of. */
  public static final List<String> OVERSEERS = List.of(TEAM_LEAD, MANAGER, ADMIN);

  private Roles() {}

  /**
   * @param inRole the container's role test, e.g. {@code session::isCallerInRole}
   * @return whether the caller holds any {@link #STAFF} role
   */
  public static boolean isStaff(Predicate<String> inRole) {
    return STAFF.stream().anyMatch(inRole);
  }

  /**
   * @param inRole the container's role test, e.g. {@code session::isCallerInRole}
   * @return whether the caller holds any {@link #OVERSEERS} role
   */
  public static boolean isOverseer(Predicate<String> inRole) {
    return OVERSEERS.stream().anyMatch(inRole);
  }
}
