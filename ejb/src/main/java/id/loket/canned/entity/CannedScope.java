package id.loket.canned.entity;

/** Whose a canned response is: a team's (all members use it) or one agent's (private). */
public enum CannedScope {
  TEAM,
  PERSONAL
}
