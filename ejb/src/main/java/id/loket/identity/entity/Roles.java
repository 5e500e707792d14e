package id.loket.identity.entity;

/** {@link Role} names as constants, for {@code @RolesAllowed} and {@code isCallerInRole}. */
public final class Roles {
  public static final String REQUESTER = "REQUESTER";
  public static final String AGENT = "AGENT";
  public static final String TEAM_LEAD = "TEAM_LEAD";
  public static final String MANAGER = "MANAGER";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
