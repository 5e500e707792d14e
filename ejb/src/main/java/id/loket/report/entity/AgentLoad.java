package id.loket.report.entity;

import java.io.Serializable;

/**
 * One agent's (or, with {@code agent} a team code, one team's) load: open tickets now, tickets
 * resolved in the window, and the average minutes logged on the resolved tickets that have logged
 * time (null when none).
 */
public record AgentLoad(String agent, long open, long resolved, Double averageHandlingMinutes)
    implements Serializable {}
