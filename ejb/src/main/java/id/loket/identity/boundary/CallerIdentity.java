package id.loket.identity.boundary;

import id.loket.identity.entity.Role;
import java.io.Serializable;
import java.util.Set;

/** Who signed in: the name the container knows them by and the roles they hold. */
public record CallerIdentity(String username, String displayName, Set<Role> roles)
    implements Serializable {
  public CallerIdentity {
    roles = Set.copyOf(roles);
  }
}
