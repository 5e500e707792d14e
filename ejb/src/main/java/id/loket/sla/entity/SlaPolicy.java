package id.loket.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * What Loket promises for tickets of one priority, optionally only those of one request type and/or
 * one requester group (the requester's department): the targets, the calendar they are counted on,
 * and the escalation matrix (warning at a percentage of the target, the next management level a
 * while after a breach, a reminder at intervals while a breach is not acknowledged). Durations are
 * working time on the calendar, in seconds. The most specific active policy applies ({@link
 * PolicyChoice}).
 */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

  @Id
  @SequenceGenerator(name = "sla_policy_seq", sequenceName = "sla_policy_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_policy_seq")
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "priority", nullable = false, length = 4)
  private String priority;

  @Column(name = "request_type", length = 40)
  private String requestType;

  @Column(name = "requester_group", length = 100)
  private String requesterGroup;

  @Column(name = "calendar_code", nullable = false, length = 40)
  private String calendarCode;

  @Column(name = "first_response_seconds", nullable = false)
  private int firstResponseSeconds;

  @Column(name = "resolution_seconds", nullable = false)
  private int resolutionSeconds;

  @Column(name = "next_response_seconds")
  private Integer nextResponseSeconds;

  @Column(name = "warn_percent", nullable = false)
  private int warnPercent;

  @Column(name = "second_level_seconds", nullable = false)
  private int secondLevelSeconds;

  @Column(name = "reminder_seconds", nullable = false)
  private int reminderSeconds;

  @Column(name = "escalation_team", length = 40)
  private String escalationTeam;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SlaPolicy() {}

  public SlaPolicy(String code, Terms terms, String by, Instant at) {
    this.code = code;
    change(terms, by, at);
  }

  /** New terms, already checked by the caller. */
  public void change(Terms terms, String by, Instant at) {
    this.name = terms.name();
    this.priority = terms.priority();
    this.requestType = terms.requestType();
    this.requesterGroup = terms.requesterGroup();
    this.calendarCode = terms.calendarCode();
    this.firstResponseSeconds = Math.toIntExact(terms.firstResponse().toSeconds());
    this.resolutionSeconds = Math.toIntExact(terms.resolution().toSeconds());
    this.nextResponseSeconds =
        terms.nextResponse() == null ? null : Math.toIntExact(terms.nextResponse().toSeconds());
    this.warnPercent = terms.warnPercent();
    this.secondLevelSeconds = Math.toIntExact(terms.secondLevelAfter().toSeconds());
    this.reminderSeconds = Math.toIntExact(terms.reminderEvery().toSeconds());
    this.escalationTeam = terms.escalationTeam();
    this.active = terms.active();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** This policy's terms, as one value. */
  public Terms terms() {
    return new Terms(
        name,
        priority,
        requestType,
        requesterGroup,
        calendarCode,
        Duration.ofSeconds(firstResponseSeconds),
        Duration.ofSeconds(resolutionSeconds),
        nextResponseSeconds == null ? null : Duration.ofSeconds(nextResponseSeconds),
        warnPercent,
        Duration.ofSeconds(secondLevelSeconds),
        Duration.ofSeconds(reminderSeconds),
        escalationTeam,
        active);
  }

  /** The target of {@code target} under this policy, or {@code null} if it has none. */
  public Duration target(SlaTarget target) {
    return switch (target) {
      case FIRST_RESPONSE -> Duration.ofSeconds(firstResponseSeconds);
      case RESOLUTION -> Duration.ofSeconds(resolutionSeconds);
      case NEXT_RESPONSE ->
          nextResponseSeconds == null ? null : Duration.ofSeconds(nextResponseSeconds);
    };
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getPriority() {
    return priority;
  }

  public String getRequestType() {
    return requestType;
  }

  public String getRequesterGroup() {
    return requesterGroup;
  }

  public String getCalendarCode() {
    return calendarCode;
  }

  public int getWarnPercent() {
    return warnPercent;
  }

  public Duration getSecondLevelAfter() {
    return Duration.ofSeconds(secondLevelSeconds);
  }

  public Duration getReminderEvery() {
    return Duration.ofSeconds(reminderSeconds);
  }

  public String getEscalationTeam() {
    return escalationTeam;
  }

  public boolean isActive() {
    return active;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }

  /**
   * A policy's terms. {@code requestType}/{@code requesterGroup} null: any; {@code nextResponse}
   * null: no next-response target; {@code escalationTeam} null: a breach does not reassign.
   */
  public record Terms(
      String name,
      String priority,
      String requestType,
      String requesterGroup,
      String calendarCode,
      Duration firstResponse,
      Duration resolution,
      Duration nextResponse,
      int warnPercent,
      Duration secondLevelAfter,
      Duration reminderEvery,
      String escalationTeam,
      boolean active) {}
}
