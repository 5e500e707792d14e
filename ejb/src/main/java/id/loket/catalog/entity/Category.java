package id.loket.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A category tickets are filed under. Its display name is the bundle key {@code category.<code>}.
 * Read on every new ticket and rarely changed: kept in the shared cache for a minute.
 */
@Entity
@Table(name = "category")
@Cacheable
@org.eclipse.persistence.annotations.Cache(expiry = 60_000)
public class Category {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected Category() {}

  public String getCode() {
    return code;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
