package id.loket.identity.boundary;

import id.loket.identity.entity.Role;
import java.util.Set;

/** Who signed in: the name the container knows them by and the roles they hold. */
public record CallerIdentity(String username, String displayName, Set<Role> roles) {
  public CallerIdentity {
    roles = Set.copyOf(roles);
  }
}
