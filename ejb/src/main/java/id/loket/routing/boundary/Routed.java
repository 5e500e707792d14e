package id.loket.routing.boundary;

/**
 * Where routing sent a ticket.
 *
 * @param team the team's code, {@code null} if the chosen code names no team at all
 * @param assignee the agent chosen, {@code null} if the ticket waits in the team's queue
 */
public record Routed(String team, String assignee) {}
