package id.loket.queue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A queue an agent named and kept: a view with its filters and sort ({@link ViewDefinition} as
 * JSON). Private to its owner; names are unique per owner.
 */
@Entity
@Table(name = "saved_view")
public class SavedView {

  public static final int MAX_NAME = 80;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "savedViewSeq")
  @SequenceGenerator(name = "savedViewSeq", sequenceName = "saved_view_seq", allocationSize = 50)
  private Long id;

  @Column(name = "owner", length = 64, nullable = false, updatable = false)
  private String owner;

  @Column(name = "name", length = MAX_NAME, nullable = false)
  private String name;

  @Column(name = "definition", length = 4000, nullable = false)
  private String definition;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SavedView() {}

  public SavedView(String owner, String name, ViewDefinition definition, Instant at) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.name = Objects.requireNonNull(name, "name");
    this.definition = definition.toJson();
    this.createdAt = at;
    this.updatedAt = at;
  }

  public void change(String name, ViewDefinition definition, Instant at) {
    this.name = Objects.requireNonNull(name, "name");
    this.definition = definition.toJson();
    this.updatedAt = at;
  }

  public boolean isOwnedBy(String username) {
    return owner.equals(username);
  }

  public Long getId() {
    return id;
  }

  public String getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public ViewDefinition getDefinition() {
    return ViewDefinition.parse(definition);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
