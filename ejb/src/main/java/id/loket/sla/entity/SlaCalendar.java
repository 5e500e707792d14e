package id.loket.sla.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A business calendar as stored: a code that policies and teams will name, a name for people, and
 * the definition (time zone, hours per weekday, holidays) as the JSON an administrator wrote and
 * the preview checked. What it means is {@link BusinessCalendar}; this is only where it is kept.
 */
@Entity
@Table(name = "sla_calendar")
public class SlaCalendar {

  @Id
  @SequenceGenerator(
      name = "sla_calendar_seq",
      sequenceName = "sla_calendar_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_calendar_seq")
  private Long id;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "definition", nullable = false, columnDefinition = "jsonb")
  private String definition;

  @Column(name = "updated_by", nullable = false, length = 64)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SlaCalendar() {}

  public SlaCalendar(String code, String name, String definition, String by, Instant at) {
    this.code = code;
    change(name, definition, by, at);
  }

  /** A new name and definition, already checked by the caller. */
  public void change(String name, String definition, String by, Instant at) {
    this.name = name;
    this.definition = definition;
    this.updatedBy = by;
    this.updatedAt = at;
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

  public String getDefinition() {
    return definition;
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
}
