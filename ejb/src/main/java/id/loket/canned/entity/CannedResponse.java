package id.loket.canned.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A text an agent inserts into a reply instead of typing it again: a team's (its {@link #team} set)
 * or one agent's ({@link #owner} set), never both — the table checks it too. The body may hold
 * {@link Placeholders}; it is checked here, so no stored body has an unknown one. Scope, team and
 * owner never change: a personal text does not quietly become a team's.
 */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

  public static final int MAX_TITLE = 120;
  public static final int MAX_BODY = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cannedSeq")
  @SequenceGenerator(name = "cannedSeq", sequenceName = "canned_response_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", length = 16, nullable = false, updatable = false)
  private CannedScope scope;

  @Column(name = "team_code", length = 40, updatable = false)
  private String team;

  @Column(name = "owner", length = 64, updatable = false)
  private String owner;

  @Column(name = "language", length = 2, nullable = false)
  private String language;

  @Column(name = "title", length = MAX_TITLE, nullable = false)
  private String title;

  @Column(name = "body", length = MAX_BODY, nullable = false)
  private String body;

  @Column(name = "created_by", length = 64, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CannedResponse() {}

  private CannedResponse(
      CannedScope scope, String team, String owner, CannedText text, String by, Instant at) {
    this.scope = scope;
    this.team = team;
    this.owner = owner;
    this.createdBy = Objects.requireNonNull(by, "by");
    change(text, at);
  }

  public static CannedResponse team(String team, CannedText text, String by, Instant at) {
    return new CannedResponse(
        CannedScope.TEAM, Objects.requireNonNull(team, "team"), null, text, by, at);
  }

  public static CannedResponse personal(String owner, CannedText text, Instant at) {
    return new CannedResponse(
        CannedScope.PERSONAL, null, Objects.requireNonNull(owner, "owner"), text, owner, at);
  }

  public void change(CannedText text, Instant at) {
    this.language = text.language();
    this.title = text.title();
    this.body = text.body();
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public CannedScope getScope() {
    return scope;
  }

  public String getTeam() {
    return team;
  }

  public String getOwner() {
    return owner;
  }

  public String getLanguage() {
    return language;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
