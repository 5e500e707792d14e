package id.loket.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in page user, kept in the HTTP session between requests. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
  SessionCaller {
    groups = Set.copyOf(groups);
  }
}
