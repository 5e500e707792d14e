package id.loket.routing.boundary;

/**
 * Where routing sends a ticket, decided but not yet recorded ({@link Routing#record}).
 *
 * @param team the team's code, {@code null} if the chosen code names no team at all
 * @param assignee the agent chosen, {@code null} if the ticket waits in the team's queue
 * @param chosenTeam the code the engine chose (kept in the record even when it names no team)
 * @param rulePosition the position of the rule that matched, {@code null} if none did
 * @param ruleId the id of that rule
 * @param trace the trace as the JSON document stored with the decision
 * @param roundRobin whether the agent was chosen by turn (the team then remembers them)
 */
public record Routed(
    String team,
    String assignee,
    String chosenTeam,
    Integer rulePosition,
    Long ruleId,
    String trace,
    boolean roundRobin) {}
