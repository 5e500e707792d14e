package id.loket.catalog.entity;

import id.loket.shared.JsonbConverter;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * Something that can be asked for — "I cannot sign in", "Book a flight" — with its own form. A type
 * belongs to a {@link Category}; a ticket opened for it is filed under that category, gets the
 * type's default impact and urgency (the requester may change them) and starts with its first team
 * (plain text until teams exist). A retired type is gone from the catalog and refused for new
 * tickets; tickets that have it keep showing it.
 *
 * <p>Why the form is one JSONB document ({@code form}) and not rows of fields and options: a form
 * is always read whole (to render or to check a ticket) and written whole (an administrator saves
 * the type), its order and options are part of it, and one version of the type covers all of it, so
 * a stale edit of any field is one optimistic-lock conflict. Rows would need three tables, ordered
 * child collections and their own versions for no query that needs them: nobody asks "which types
 * have a field called X". What is queried are the <em>values</em> of tickets, which live in {@code
 * ticket.fields} under a GIN index.
 *
 * <p>Not in the shared cache (see {@link Category}): a saved type is usable in the portal at once.
 */
@Entity
@Table(name = "request_type")
@Cacheable(false)
public class RequestType {

  @Id
  @Column(name = "code", length = 40)
  private String code;

  @Column(name = "category", length = 40, nullable = false)
  private String category;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(name = "name_en", length = 120, nullable = false)
  private String nameEn;

  @Column(name = "name_id", length = 120, nullable = false)
  private String nameId;

  @Column(name = "description_en", length = 1000, nullable = false)
  private String descriptionEn;

  @Column(name = "description_id", length = 1000, nullable = false)
  private String descriptionId;

  @Column(name = "icon", length = 60, nullable = false)
  private String icon;

  @Column(name = "default_impact", length = 16, nullable = false)
  private String defaultImpact;

  @Column(name = "default_urgency", length = 16, nullable = false)
  private String defaultUrgency;

  @Column(name = "first_team", length = 40)
  private String firstTeam;

  @Column(name = "retired", nullable = false)
  private boolean retired;

  @Convert(converter = JsonbConverter.class)
  @Column(name = "form", nullable = false)
  private String form;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Transient private FormDefinition parsed;

  protected RequestType() {}

  public RequestType(String code) {
    this.code = code;
    this.form = "[]";
  }

  /** Replaces everything an administrator edits (the code stays). */
  public void define(
      String category,
      int sortOrder,
      Localized name,
      Localized description,
      String icon,
      String defaultImpact,
      String defaultUrgency,
      String firstTeam,
      FormDefinition form) {
    this.category = category;
    this.sortOrder = sortOrder;
    this.nameEn = name.en();
    this.nameId = name.id();
    this.descriptionEn = description.en();
    this.descriptionId = description.id();
    this.icon = icon;
    this.defaultImpact = defaultImpact;
    this.defaultUrgency = defaultUrgency;
    this.firstTeam = firstTeam;
    this.form = form.toJson();
    this.parsed = form;
  }

  public void retire() {
    this.retired = true;
  }

  public void restore() {
    this.retired = false;
  }

  public String getCode() {
    return code;
  }

  public String getCategory() {
    return category;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public Localized getName() {
    return new Localized(nameEn, nameId);
  }

  public Localized getDescription() {
    return new Localized(descriptionEn, descriptionId);
  }

  public String getIcon() {
    return icon;
  }

  public String getDefaultImpact() {
    return defaultImpact;
  }

  public String getDefaultUrgency() {
    return defaultUrgency;
  }

  public String getFirstTeam() {
    return firstTeam;
  }

  public boolean isRetired() {
    return retired;
  }

  public FormDefinition getForm() {
    if (parsed == null) {
      parsed = FormDefinition.parse(form);
    }
    return parsed;
  }

  public long getVersion() {
    return version;
  }
}
