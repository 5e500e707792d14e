package id.loket.security;

import java.io.Serializable;
import java.util.Set;

/**
 * A verified caller: kept in the HTTP session of a signed-in page user, and in the credential cache
 * for API clients. {@code stamp} is the user's security stamp when they were verified; a different
 * current stamp means they must sign in again.
 */
record SessionCaller(String name, Set<String> groups, String stamp) implements Serializable {
  SessionCaller {
    groups = Set.copyOf(groups);
  }
}
