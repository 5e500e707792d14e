package id.loket.report.entity;

import id.loket.shared.InvalidFieldException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a report covers: the desk days {@code from} to {@code to} (both included, in the desk's
 * zone) and optional equality filters on the ticket's team, assignee, category, request type,
 * priority and channel. A window is at most {@link #MAX_DAYS} days long.
 */
public record ReportFilter(
    LocalDate from,
    LocalDate to,
    String team,
    String agent,
    String category,
    String requestType,
    String priority,
    String channel)
    implements Serializable {

  public static final int MAX_DAYS = 366;
  public static final int DEFAULT_DAYS = 30;
  private static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  private static final Set<String> CHANNELS = Set.of("PORTAL", "PHONE", "API", "EMAIL");

  public ReportFilter {
    team = blankToNull(team);
    agent = blankToNull(agent);
    category = blankToNull(category);
    requestType = blankToNull(requestType);
    priority = blankToNull(priority);
    channel = blankToNull(channel);
  }

  /** The last {@code days} desk days up to and including {@code today}, with no other filter. */
  public static ReportFilter lastDays(LocalDate today, int days) {
    return new ReportFilter(today.minusDays(days - 1L), today, null, null, null, null, null, null);
  }

  /** Refuses a window that is missing, reversed or too long, and unknown priorities or channels. */
  public ReportFilter validated() {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (from == null) {
      bad.add(new InvalidFieldException.Field("from", "report.filter.from.missing"));
    }
    if (to == null) {
      bad.add(new InvalidFieldException.Field("to", "report.filter.to.missing"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        bad.add(new InvalidFieldException.Field("to", "report.filter.window.reversed"));
      } else if (days() > MAX_DAYS) {
        bad.add(new InvalidFieldException.Field("to", "report.filter.window.long", MAX_DAYS));
      }
    }
    if (priority != null && !PRIORITIES.contains(priority)) {
      bad.add(new InvalidFieldException.Field("priority", "report.filter.priority", priority));
    }
    if (channel != null && !CHANNELS.contains(channel)) {
      bad.add(new InvalidFieldException.Field("channel", "report.filter.channel", channel));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return this;
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the window. */
  public Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the window. */
  public Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public ReportFilter withTeam(String code) {
    return new ReportFilter(from, to, code, agent, category, requestType, priority, channel);
  }

  public ReportFilter withWindow(LocalDate first, LocalDate last) {
    return new ReportFilter(first, last, team, agent, category, requestType, priority, channel);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
