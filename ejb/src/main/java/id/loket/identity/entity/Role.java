package id.loket.identity.entity;

/**
 * The roles of Loket. Their names are the security roles (and group names) the container checks;
 * {@link Roles} has the same names as compile-time constants for annotations.
 */
public enum Role {
  /** An employee raising and following their own requests. */
  REQUESTER,
  /** A service-desk agent working queues. */
  AGENT,
  /** Leads a team of agents; everything an agent may, plus team administration later. */
  TEAM_LEAD,
  /** Reads escalation and SLA reports across the desk. */
  MANAGER,
  /** Administers users, catalog and configuration. */
  ADMIN;

  /** Roles that work tickets of other people. */
  public boolean isStaff() {
    return this != REQUESTER;
  }
}
