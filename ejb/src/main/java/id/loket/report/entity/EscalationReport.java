package id.loket.report.entity;

import java.io.Serializable;
import java.util.List;

/**
 * Escalations raised in a window: how many, by level and cause, by team, category and priority, per
 * week (key = level), how many of their cases are open, acknowledged or closed, and who or what
 * keeps escalating (requesters and services, a request type or else a category, with two or more).
 * An escalation counts against the team, assignee, category, priority and channel its ticket had
 * when it escalated (kept on the escalation row): a breach stays the breaching team's.
 *
 * <p>Levels: {@code WARNING} (SLA 75 %), {@code BREACH}, {@code SECOND_LEVEL} (the next management
 * level after a breach), {@code REMINDER} (a breach still not acknowledged) and {@code
 * NOT_SATISFIED} (the requester). Causes: {@code SLA_WARNING}, {@code SLA_BREACH} (breach, second
 * level and reminders), {@code NOT_SATISFIED}.
 */
public record EscalationReport(
    long total,
    long open,
    long acknowledged,
    long closed,
    List<Count> byLevel,
    List<Count> byCause,
    List<Count> byTeam,
    List<Count> byCategory,
    List<Count> byPriority,
    List<SeriesPoint> perWeek,
    List<Count> repeatRequesters,
    List<Count> repeatServices)
    implements Serializable {

  public static final List<String> LEVELS =
      List.of("WARNING", "BREACH", "SECOND_LEVEL", "REMINDER", "NOT_SATISFIED");
  public static final List<String> CAUSES = List.of("SLA_WARNING", "SLA_BREACH", "NOT_SATISFIED");

  public EscalationReport {
    byLevel = List.copyOf(byLevel);
    byCause = List.copyOf(byCause);
    byTeam = List.copyOf(byTeam);
    byCategory = List.copyOf(byCategory);
    byPriority = List.copyOf(byPriority);
    perWeek = List.copyOf(perWeek);
    repeatRequesters = List.copyOf(repeatRequesters);
    repeatServices = List.copyOf(repeatServices);
  }

  /** The level key of an escalation record: its cause and SLA level (1 to 4). */
  public static String level(String cause, Integer level) {
    if (!"SLA".equals(cause) || level == null) {
      return "NOT_SATISFIED";
    }
    return switch (level) {
      case 1 -> "WARNING";
      case 2 -> "BREACH";
      case 3 -> "SECOND_LEVEL";
      default -> "REMINDER";
    };
  }

  /** The cause key of a level key. */
  public static String cause(String levelKey) {
    return switch (levelKey) {
      case "WARNING" -> "SLA_WARNING";
      case "NOT_SATISFIED" -> "NOT_SATISFIED";
      default -> "SLA_BREACH";
    };
  }
}
