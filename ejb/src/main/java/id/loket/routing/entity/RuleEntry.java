package id.loket.routing.entity;

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
import java.util.Objects;

/**
 * One stored line of the routing table. Conditions and required skills are kept as JSON documents
 * (read into a {@link RoutingRule} by the routing control); a rule is retired rather than deleted,
 * because past decisions name it.
 */
@Entity
@Table(name = "routing_rule")
public class RuleEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routingRuleSeq")
  @SequenceGenerator(
      name = "routingRuleSeq",
      sequenceName = "routing_rule_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "team", length = 40, nullable = false)
  private String team;

  /** {@code {"CATEGORY": ["network"]}}: the accepted values by attribute. */
  @Convert(converter = JsonbConverter.class)
  @Column(name = "conditions", nullable = false)
  private String conditions = "{}";

  /** {@code [{"skill": "network", "level": 2}]}. */
  @Convert(converter = JsonbConverter.class)
  @Column(name = "required_skills", nullable = false)
  private String requiredSkills = "[]";

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected RuleEntry() {}

  public RuleEntry(int position, String team, String conditions, String requiredSkills) {
    define(position, team, conditions, requiredSkills);
  }

  /** Sets the rule; the caller has validated it (JSON documents as the routing control writes). */
  public final void define(int position, String team, String conditions, String requiredSkills) {
    this.position = position;
    this.team = Objects.requireNonNull(team, "team");
    this.conditions = Objects.requireNonNull(conditions, "conditions");
    this.requiredSkills = Objects.requireNonNull(requiredSkills, "requiredSkills");
  }

  public void retire() {
    this.active = false;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getTeam() {
    return team;
  }

  public String getConditions() {
    return conditions;
  }

  public String getRequiredSkills() {
    return requiredSkills;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
