package id.loket.routing.control;

/**
 * Something wrong with one rule of a routing table, for an admin page to show beside the field.
 *
 * @param field the field, e.g. {@code rules[2].order} (the index in the list as given)
 * @param kind what is wrong, for a page that translates the message
 * @param message what is wrong, in English
 */
public record RuleProblem(String field, Kind kind, String message) {

  /** The kinds of problem {@link RuleValidator} finds. */
  public enum Kind {
    /** The list holds {@code null} instead of a rule. */
    MISSING_RULE,
    /** Order is zero or negative. */
    ORDER_NOT_POSITIVE,
    /** Another rule has the same order. */
    ORDER_DUPLICATE,
    /** No team code. */
    TEAM_BLANK,
    /** A team code that is not among the known teams. */
    TEAM_UNKNOWN,
    /** A rule without conditions that is not the last one, hiding every rule after it. */
    CATCH_ALL_NOT_LAST
  }
}
