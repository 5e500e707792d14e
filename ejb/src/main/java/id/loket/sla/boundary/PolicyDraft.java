package id.loket.sla.boundary;

import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import id.loket.shared.Text;
import id.loket.sla.control.Targets;
import id.loket.sla.entity.SlaPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An SLA policy as an administrator writes it (the API's body and the admin page's form): targets
 * and intervals as ISO-8601 durations ({@code "PT30M"}), the request type, calendar and escalation
 * team by code. {@link #terms} checks all of it at once and names every bad field.
 */
public class PolicyDraft {

  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  public static final Set<String> PRIORITIES = Set.of("P1", "P2", "P3", "P4");
  public static final int DEFAULT_WARN_PERCENT = 75;

  /** What {@link #terms} asks the rest of Loket: does this code name one? */
  public record Lookups(
      Predicate<String> requestType, Predicate<String> calendar, Predicate<String> team) {}

  private String code;
  private String name;
  private String priority;
  private String requestType;
  private String requesterGroup;
  private String calendar;
  private String firstResponse;
  private String resolution;
  private String nextResponse;
  private Integer warnPercent;
  private String secondLevelAfter;
  private String reminderEvery;
  private String escalationTeam;
  private Boolean active;

  /** The draft of a stored policy, for a form to change. */
  public static PolicyDraft of(PolicyView p) {
    PolicyDraft d = new PolicyDraft();
    d.code = p.code();
    d.name = p.name();
    d.priority = p.priority();
    d.requestType = p.requestType();
    d.requesterGroup = p.requesterGroup();
    d.calendar = p.calendar();
    d.firstResponse = p.firstResponse();
    d.resolution = p.resolution();
    d.nextResponse = p.nextResponse();
    d.warnPercent = p.warnPercent();
    d.secondLevelAfter = p.secondLevelAfter();
    d.reminderEvery = p.reminderEvery();
    d.escalationTeam = p.escalationTeam();
    d.active = p.active();
    return d;
  }

  /**
   * The checked terms: code and priority by their patterns, the name and group as plain text, the
   * durations more than 0 and at most 365 days (next response optional), the warning 1–99 % (75
   * when absent), and the type, calendar and team existing.
   *
   * @throws InvalidFieldException naming every bad field
   */
  public SlaPolicy.Terms terms(Lookups lookups) {
    List<Field> bad = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      bad.add(new Field("code", "sla.policy.code"));
    }
    if (name == null || name.length() > 120 || !Text.isPlain(name) || name.contains("\n")) {
      bad.add(new Field("name", "sla.policy.name", 120));
    }
    if (priority == null || !PRIORITIES.contains(priority)) {
      bad.add(new Field("priority", "sla.policy.priority"));
    }
    if (requestType != null && !lookups.requestType().test(requestType)) {
      bad.add(new Field("requestType", "sla.policy.requestType", requestType));
    }
    if (requesterGroup != null
        && (requesterGroup.length() > 100
            || !Text.isPlain(requesterGroup)
            || requesterGroup.contains("\n")
            || requesterGroup.contains("\r")
            || requesterGroup.contains("\t"))) {
      bad.add(new Field("requesterGroup", "sla.policy.requesterGroup", 100));
    }
    if (calendar == null) {
      bad.add(new Field("calendar", "sla.policy.calendar.required"));
    } else if (!lookups.calendar().test(calendar)) {
      bad.add(new Field("calendar", "sla.policy.calendar", calendar));
    }
    Duration first = duration(bad, "firstResponse", firstResponse, true);
    Duration resolve = duration(bad, "resolution", resolution, true);
    Duration next = duration(bad, "nextResponse", nextResponse, false);
    Duration second = duration(bad, "secondLevelAfter", secondLevelAfter, true);
    Duration reminder = duration(bad, "reminderEvery", reminderEvery, true);
    int warn = warnPercent == null ? DEFAULT_WARN_PERCENT : warnPercent;
    if (warn < 1 || warn > 99) {
      bad.add(new Field("warnPercent", "sla.policy.warnPercent"));
    }
    if (escalationTeam != null && !lookups.team().test(escalationTeam)) {
      bad.add(new Field("escalationTeam", "sla.policy.escalationTeam", escalationTeam));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return new SlaPolicy.Terms(
        name,
        priority,
        requestType,
        requesterGroup,
        calendar,
        first,
        resolve,
        next,
        warn,
        second,
        reminder,
        escalationTeam,
        active == null || active);
  }

  private static Duration duration(List<Field> bad, String field, String text, boolean required) {
    if (text == null) {
      if (required) {
        bad.add(new Field(field, "sla.policy.duration"));
      }
      return null;
    }
    try {
      return Targets.parse(text);
    } catch (IllegalArgumentException e) {
      bad.add(new Field(field, "sla.policy.duration"));
      return null;
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = Text.cleanOrNull(code);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Text.cleanOrNull(name);
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = Text.cleanOrNull(priority);
  }

  public String getRequestType() {
    return requestType;
  }

  public void setRequestType(String requestType) {
    this.requestType = Text.cleanOrNull(requestType);
  }

  public String getRequesterGroup() {
    return requesterGroup;
  }

  public void setRequesterGroup(String requesterGroup) {
    this.requesterGroup = Text.cleanOrNull(requesterGroup);
  }

  public String getCalendar() {
    return calendar;
  }

  public void setCalendar(String calendar) {
    this.calendar = Text.cleanOrNull(calendar);
  }

  public String getFirstResponse() {
    return firstResponse;
  }

  public void setFirstResponse(String firstResponse) {
    this.firstResponse = Text.cleanOrNull(firstResponse);
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = Text.cleanOrNull(resolution);
  }

  public String getNextResponse() {
    return nextResponse;
  }

  public void setNextResponse(String nextResponse) {
    this.nextResponse = Text.cleanOrNull(nextResponse);
  }

  public Integer getWarnPercent() {
    return warnPercent;
  }

  public void setWarnPercent(Integer warnPercent) {
    this.warnPercent = warnPercent;
  }

  public String getSecondLevelAfter() {
    return secondLevelAfter;
  }

  public void setSecondLevelAfter(String secondLevelAfter) {
    this.secondLevelAfter = Text.cleanOrNull(secondLevelAfter);
  }

  public String getReminderEvery() {
    return reminderEvery;
  }

  public void setReminderEvery(String reminderEvery) {
    this.reminderEvery = Text.cleanOrNull(reminderEvery);
  }

  public String getEscalationTeam() {
    return escalationTeam;
  }

  public void setEscalationTeam(String escalationTeam) {
    this.escalationTeam = Text.cleanOrNull(escalationTeam);
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
