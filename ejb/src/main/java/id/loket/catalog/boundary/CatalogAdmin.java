package id.loket.catalog.boundary;

import id.loket.catalog.entity.Category;
import id.loket.catalog.entity.FormDefinition;
import id.loket.catalog.entity.Localized;
import id.loket.catalog.entity.RequestType;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.team.boundary.Teams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrators edit the catalog: request types with their forms (create, change, retire, restore)
 * and categories. Every change names the version it is based on; a stale one is a conflict (409),
 * never a silent overwrite. Nothing is cached, so the portal shows a saved type with its next page.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CatalogAdmin {

  /** The impact and urgency levels a type may default to (the ticket feature's levels). */
  private static final Set<String> LEVELS = Set.of("HIGH", "MEDIUM", "LOW");

  private static final Pattern TYPE_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern ICON = Pattern.compile("pi pi-[a-z0-9-]{1,40}");

  @PersistenceContext EntityManager em;
  @EJB Teams teams;

  /**
   * Creates the category {@code code} ({@code expectedVersion} null) or renames, reorders,
   * (de)activates it based on its current version. An inactive category is gone from the portal;
   * its tickets and types keep it.
   */
  public Category saveCategory(
      String code, Localized name, int sortOrder, boolean active, Long expectedVersion) {
    Category c = code == null ? null : em.find(Category.class, code);
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (c == null && (code == null || !TYPE_CODE.matcher(code).matches())) {
      bad.add(new InvalidFieldException.Field("code", "catalog.type.code"));
    }
    requireText(bad, "nameEn", name.en(), 120);
    requireText(bad, "nameId", name.id(), 120);
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    if (c == null) {
      if (expectedVersion != null && expectedVersion != 0) {
        throw new DomainException(Kind.NOT_FOUND, "catalog.type.notFound", "No " + code, code);
      }
      c = new Category(code, name, sortOrder, active);
      em.persist(c);
    } else {
      if (expectedVersion == null || expectedVersion != c.getVersion()) {
        throw new DomainException(
            Kind.CONFLICT, "catalog.type.stale", "Category " + code + " changed", code);
      }
      c.rename(name, sortOrder, active);
    }
    em.flush();
    return c;
  }

  /** Every request type, retired ones too, by category. */
  public List<TypeDraft> allTypes() {
    return em
        .createQuery(
            "SELECT t FROM RequestType t ORDER BY t.category, t.sortOrder, t.code",
            RequestType.class)
        .getResultList()
        .stream()
        .map(TypeDraft::of)
        .toList();
  }

  public TypeDraft draft(String code) {
    return TypeDraft.of(find(code));
  }

  /**
   * Creates the type {@code code} or changes it. A change must be based on the current version
   * ({@code expectedVersion}); a new type must not exist yet ({@code expectedVersion} null or 0).
   *
   * @throws DomainException CONFLICT for a stale edit or a code already taken
   * @throws InvalidFieldException naming each bad property or form field
   */
  public TypeDraft save(String code, TypeDraft draft, Long expectedVersion) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    boolean creating = t == null;
    if (creating && expectedVersion != null && expectedVersion != 0) {
      throw new DomainException(Kind.NOT_FOUND, "catalog.type.notFound", "No type " + code, code);
    }
    if (!creating && (expectedVersion == null || expectedVersion != t.getVersion())) {
      throw new DomainException(
          Kind.CONFLICT,
          "catalog.type.stale",
          "Request type " + code + " changed since version " + expectedVersion,
          code);
    }
    FormDefinition form = check(code, draft);
    if (creating) {
      t = new RequestType(code);
    }
    t.define(
        draft.getCategory(),
        draft.getSortOrder(),
        new Localized(draft.getNameEn(), draft.getNameId()),
        new Localized(draft.getDescriptionEn(), draft.getDescriptionId()),
        draft.getIcon(),
        draft.getDefaultImpact(),
        draft.getDefaultUrgency(),
        draft.getFirstTeam(),
        form);
    if (creating) {
      em.persist(t);
    }
    em.flush();
    return TypeDraft.of(t);
  }

  /** Retires ({@code retired}) or restores a type, based on its current version. */
  public TypeDraft retire(String code, boolean retired, long expectedVersion) {
    RequestType t = find(code);
    if (expectedVersion != t.getVersion()) {
      throw new DomainException(
          Kind.CONFLICT, "catalog.type.stale", "Request type " + code + " changed", code);
    }
    if (retired) {
      t.retire();
    } else {
      t.restore();
    }
    em.flush();
    return TypeDraft.of(t);
  }

  private RequestType find(String code) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    if (t == null) {
      throw new DomainException(
          Kind.NOT_FOUND, "catalog.type.notFound", "No request type '" + code + "'", code);
    }
    return t;
  }

  private FormDefinition check(String code, TypeDraft d) {
    List<InvalidFieldException.Field> bad = new ArrayList<>();
    if (code == null || !TYPE_CODE.matcher(code).matches()) {
      bad.add(new InvalidFieldException.Field("code", "catalog.type.code"));
    }
    Category c = d.getCategory() == null ? null : em.find(Category.class, d.getCategory());
    if (c == null) {
      bad.add(new InvalidFieldException.Field("category", "catalog.type.category"));
    }
    requireText(bad, "nameEn", d.getNameEn(), 120);
    requireText(bad, "nameId", d.getNameId(), 120);
    requireText(bad, "descriptionEn", d.getDescriptionEn(), 1000);
    requireText(bad, "descriptionId", d.getDescriptionId(), 1000);
    if (d.getIcon() == null || !ICON.matcher(d.getIcon()).matches()) {
      bad.add(new InvalidFieldException.Field("icon", "catalog.type.icon"));
    }
    if (!LEVELS.contains(String.valueOf(d.getDefaultImpact()))) {
      bad.add(new InvalidFieldException.Field("defaultImpact", "catalog.type.level"));
    }
    if (!LEVELS.contains(String.valueOf(d.getDefaultUrgency()))) {
      bad.add(new InvalidFieldException.Field("defaultUrgency", "catalog.type.level"));
    }
    if (d.getFirstTeam() != null && !teams.exists(d.getFirstTeam())) {
      bad.add(new InvalidFieldException.Field("firstTeam", "catalog.type.team", d.getFirstTeam()));
    }
    FormDefinition form = d.form();
    try {
      form.check();
    } catch (InvalidFieldException e) {
      bad.addAll(e.fields());
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    return form;
  }

  private static void requireText(
      List<InvalidFieldException.Field> bad, String name, String value, int max) {
    if (value == null || value.isEmpty() || value.length() > max) {
      bad.add(new InvalidFieldException.Field(name, "catalog.type.text", max));
    }
  }
}
