package id.loket.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A category tickets are filed under and the catalog groups its {@link RequestType}s by. Its name
 * is kept in both languages; old pages still find {@code category.<code>} in the bundle.
 *
 * <p>Not in the shared cache: an administrator's edit must show in the portal at once, also when it
 * was made on another node or in the database, and the catalog is a few dozen rows read with one
 * indexed query per page.
 */
@Entity
@Table(name = "category")
@Cacheable(false)
public class Category {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "name_en", length = 120, nullable = false)
  private String nameEn;

  @Column(name = "name_id", length = 120, nullable = false)
  private String nameId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Category() {}

  public Category(String code, Localized name, int sortOrder, boolean active) {
    this.code = code;
    rename(name, sortOrder, active);
  }

  public void rename(Localized name, int sortOrder, boolean active) {
    this.nameEn = name.en();
    this.nameId = name.id();
    this.sortOrder = sortOrder;
    this.active = active;
  }

  public String getCode() {
    return code;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public Localized getName() {
    return new Localized(nameEn, nameId);
  }

  public long getVersion() {
    return version;
  }
}
