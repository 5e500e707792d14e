package id.loket.queue.entity;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who reads a queue: their user name, whether they are staff at all, whether they oversee all the
 * work (team lead, manager, administrator) and the teams they are a member of.
 */
public record Viewer(String username, boolean staff, boolean overseer, Set<String> teams) {
  public Viewer {
    teams = java.util.Collections.unmodifiableSet(new TreeSet<>(teams));
  }
}
