package id.loket.identity.control;

import id.loket.identity.entity.Role;
import java.util.Set;

/**
 * Who may read and change the directory: the department and location of users. Both decide where a
 * user's tickets are routed (rules on DEPARTMENT and LOCATION), so a requester must not move their
 * own tickets to another team by saying they work elsewhere; only administrators set them. Everyone
 * reads their own on the profile page.
 */
public final class DirectoryPolicy {

  /** Whether the caller may list users and read anyone's department and location. */
  public boolean mayBrowse(Set<Role> callerRoles) {
    return callerRoles.contains(Role.ADMIN);
  }

  /** Whether the caller may set a user's department and location. */
  public boolean mayPlace(Set<Role> callerRoles) {
    return callerRoles.contains(Role.ADMIN);
  }
}
