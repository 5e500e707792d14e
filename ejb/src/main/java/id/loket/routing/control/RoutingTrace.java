package id.loket.routing.control;

import id.loket.routing.entity.AssignmentMode;
import id.loket.routing.entity.RuleAttribute;
import id.loket.routing.entity.SkillLevel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Why a ticket went to a team and, perhaps, to an agent: the explanation an agent or team lead
 * reads when an automatic assignment surprises them, and the record kept for later audits.
 *
 * <p>The trace is plain data (strings, numbers, enums, lists of small records) so that it can be
 * stored as a JSON document beside the ticket and rendered again years later; {@link #text(Locale)}
 * renders it in English or Indonesian.
 *
 * @param ruleOrder the order of the rule that matched, {@code null} if none did and the default
 *     team was chosen
 * @param conditions the conditions of that rule that held, with the value that made each hold
 * @param team the code of the chosen team
 * @param teamName the chosen team's display name (its code if the team is unknown)
 * @param requiredSkills the skills the rule required of the agent
 * @param mode how the team shares tickets; {@code null} if the team is unknown
 * @param outcome whether an agent was assigned, and if not why not
 * @param candidates every member considered, in the team's member order; empty when nobody was
 *     considered (auto-assignment off, unknown team)
 * @param assignee the chosen agent's user name, {@code null} unless {@link Outcome#ASSIGNED}
 * @param winReason why the assignee won over the other eligible members, {@code null} unless
 *     assigned
 */
public record RoutingTrace(
    Integer ruleOrder,
    List<Condition> conditions,
    String team,
    String teamName,
    List<SkillLevel> requiredSkills,
    AssignmentMode mode,
    Outcome outcome,
    List<Candidate> candidates,
    String assignee,
    WinReason winReason) {

  public RoutingTrace {
    conditions = List.copyOf(conditions);
    requiredSkills = List.copyOf(requiredSkills);
    candidates = List.copyOf(candidates);
  }

  /** How the routing of one ticket ended, as far as assignment goes. */
  public enum Outcome {
    /** An agent was chosen. */
    ASSIGNED,
    /** The team shares tickets itself; the ticket waits in its queue. */
    AUTO_ASSIGN_OFF,
    /** No member could take the ticket; it waits in the team queue. */
    NOBODY_ELIGIBLE,
    /** The chosen team is not among the known rosters (a rule names a deleted team). */
    UNKNOWN_TEAM
  }

  /** Why the assignee was chosen rather than another eligible member. */
  public enum WinReason {
    /** Nobody else was eligible. */
    ONLY_ELIGIBLE,
    /** Fewest open tickets. */
    LOWEST_LOAD,
    /** Equal load; higher sum of levels in the required skills. */
    BETTER_SKILL_MATCH,
    /** Equal load and skill match; the longest since the last assignment (or never assigned). */
    LONGEST_SINCE_ASSIGNED,
    /** Equal in everything else; first by user name. */
    USER_NAME,
    /** Round robin: the next eligible member after the one assigned last. */
    NEXT_IN_TURN
  }

  /** A condition of the matching rule that held, e.g. {@code CATEGORY = "network"}. */
  public record Condition(RuleAttribute attribute, String value) {}

  /** A required skill a member lacks or has below the required level (0 if not at all). */
  public record MissingSkill(String skill, int has, int needed) {}

  /**
   * One team member as the assignment judged them. A member is eligible when present, not missing
   * any required skill and below capacity; otherwise every reason for skipping is recorded.
   *
   * @param skillsMet how many of the required skills the member has at the level
   * @param skillScore the sum of the member's levels in the required skills, the first tie-break
   */
  public record Candidate(
      String userName,
      boolean eligible,
      boolean away,
      List<MissingSkill> missingSkills,
      boolean atCapacity,
      int load,
      int capacity,
      int skillsMet,
      int skillsRequired,
      int skillScore,
      Instant lastAssignedAt) {

    public Candidate {
      missingSkills = List.copyOf(missingSkills);
    }
  }

  /**
   * @return whether no rule matched and the default team was chosen
   */
  public boolean isDefaultTeam() {
    return ruleOrder == null;
  }

  /**
   * @return the trace as lines of text in Indonesian if {@code locale}'s language is Indonesian,
   *     otherwise in English
   */
  public String text(Locale locale) {
    return TraceText.render(this, locale);
  }

  /** The trace as lines of English text. */
  public String text() {
    return text(Locale.ENGLISH);
  }
}
