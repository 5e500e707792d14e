package id.loket.routing.entity;

/**
 * How a team shares its tickets among the members who may take one.
 *
 * <p>{@link #LEAST_LOADED} is the default because it evens out the work that is actually open; a
 * team whose tickets are all alike may prefer {@link #ROUND_ROBIN}, which people find fairer
 * because it is predictable.
 */
public enum AssignmentMode {
  /** The eligible member with the fewest open tickets. */
  LEAST_LOADED,
  /** The next eligible member after the one assigned last, in the team's member order. */
  ROUND_ROBIN
}
