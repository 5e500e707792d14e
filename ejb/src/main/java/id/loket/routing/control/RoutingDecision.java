package id.loket.routing.control;

import java.util.Locale;

/**
 * Where routing sends a ticket: always a team, an agent when one could be chosen, and the trace
 * that explains both.
 *
 * @param team the code of the team whose queue the ticket belongs to
 * @param assignee the user name of the agent, {@code null} if the ticket waits in the queue
 */
public record RoutingDecision(String team, String assignee, RoutingTrace trace) {

  /**
   * @return whether an agent was chosen
   */
  public boolean isAssigned() {
    return assignee != null;
  }

  /** The trace as text; see {@link RoutingTrace#text(Locale)}. */
  public String text(Locale locale) {
    return trace.text(locale);
  }
}
