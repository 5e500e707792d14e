package id.loket.team.entity;

/**
 * How a team shares its tickets among its members when it assigns automatically: the member with
 * the fewest open tickets, or each in turn. (Routing has the same two modes; it reads them by
 * name.)
 */
public enum AssignmentMode {
  LEAST_LOADED,
  ROUND_ROBIN
}
