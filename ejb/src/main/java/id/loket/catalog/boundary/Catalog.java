package id.loket.catalog.boundary;

import id.loket.catalog.boundary.CatalogView.CategoryView;
import id.loket.catalog.boundary.CatalogView.TypeView;
import id.loket.catalog.boundary.CatalogView.ValueView;
import id.loket.catalog.control.FieldRules;
import id.loket.catalog.entity.Category;
import id.loket.catalog.entity.FieldDefinition;
import id.loket.catalog.entity.FormDefinition;
import id.loket.catalog.entity.RequestType;
import id.loket.identity.boundary.UserDirectory;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Json;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The service catalog: what can be asked for, and what each request type's form accepts. Anyone
 * signed in reads the active catalog; administrators edit request types (a new or changed type is
 * read from the database by the next page, nothing caches it). A ticket's field values are checked
 * here ({@link #intake}, {@link #checkFields}) and shown here ({@link #describe}), so the ticket
 * feature never needs to know what a form looks like. Administrators edit it through {@link
 * CatalogAdmin}.
 */
@Stateless
@PermitAll
public class Catalog {

  @PersistenceContext EntityManager em;
  @EJB UserDirectory directory;

  /** Codes of the categories a new ticket may be filed under, in display order. */
  public List<String> activeCategories() {
    return em.createQuery(
            "SELECT c.code FROM Category c WHERE c.active = TRUE ORDER BY c.sortOrder, c.code",
            String.class)
        .getResultList();
  }

  public boolean isActive(String code) {
    Category c = code == null ? null : em.find(Category.class, code);
    return c != null && c.isActive();
  }

  /** Active categories that have request types, each with its active types, in order. */
  public List<CategoryView> catalog(Locale locale) {
    Map<String, List<TypeView>> byCategory = new LinkedHashMap<>();
    for (RequestType t :
        em.createQuery(
                "SELECT t FROM RequestType t WHERE t.retired = FALSE"
                    + " ORDER BY t.category, t.sortOrder, t.code",
                RequestType.class)
            .getResultList()) {
      byCategory
          .computeIfAbsent(t.getCategory(), c -> new ArrayList<>())
          .add(CatalogView.of(t, locale));
    }
    List<CategoryView> shown = new ArrayList<>();
    for (Category c : categories()) {
      List<TypeView> types = byCategory.get(c.getCode());
      if (c.isActive() && types != null) {
        shown.add(CatalogView.of(c, types, locale));
      }
    }
    return shown;
  }

  /** An active type of the catalog with its form. */
  public TypeView type(String code, Locale locale) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    if (t == null || t.isRetired() || !isActive(t.getCategory())) {
      throw new DomainException(
          Kind.NOT_FOUND, "catalog.type.notFound", "No request type '" + code + "'", code);
    }
    return CatalogView.of(t, locale);
  }

  /** A type with its form, retired ones too (their tickets keep them); {@code null} if none. */
  public TypeView form(String code, Locale locale) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    return t == null ? null : CatalogView.of(t, locale);
  }

  /**
   * Checks a new ticket of request type {@code code}: the type must be in the catalog (not
   * retired), and the values must fit its form.
   *
   * @throws InvalidFieldException on {@code type} or on {@code fields.<key>}
   */
  public Intake intake(String code, JsonObject values) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    if (t == null || t.isRetired() || !isActive(t.getCategory())) {
      throw new InvalidFieldException("type", "catalog.type.unknown", code);
    }
    JsonObject typed = FieldRules.validate(t.getForm(), values, this::isActiveUser);
    return new Intake(
        t.getCode(),
        t.getCategory(),
        t.getDefaultImpact(),
        t.getDefaultUrgency(),
        t.getFirstTeam(),
        typed);
  }

  /**
   * Checks changed values of a ticket's fields against its type (a retired type too: its tickets
   * still live).
   */
  public JsonObject checkFields(String code, JsonObject values) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    FormDefinition form = t == null ? FormDefinition.empty() : t.getForm();
    return FieldRules.validate(form, values, this::isActiveUser);
  }

  /**
   * A ticket's stored values labelled in {@code locale}: labels from the type, choices by their
   * labels, yes/no in words, users by name; values of fields the type no longer has by their key.
   */
  public List<ValueView> describe(String code, String fieldsJson, Locale locale) {
    if (fieldsJson == null || fieldsJson.isBlank()) {
      return List.of();
    }
    JsonObject values;
    try (var reader = Json.createReader(fieldsJson)) {
      values = reader.readObject();
    }
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    FormDefinition form = t == null ? FormDefinition.empty() : t.getForm();
    List<ValueView> shown = new ArrayList<>();
    for (FieldDefinition f : form.fields()) {
      if (values.containsKey(f.key())) {
        shown.add(
            new ValueView(f.key(), f.label().in(locale), text(f, values.get(f.key()), locale)));
      }
    }
    values.forEach(
        (key, value) -> {
          if (form.field(key) == null) {
            shown.add(new ValueView(key, key, plain(value)));
          }
        });
    return shown;
  }

  /** The label of the field {@code key} of a type in {@code locale}; the key if there is none. */
  public String fieldLabel(String code, String key, Locale locale) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    FieldDefinition f = t == null ? null : t.getForm().field(key);
    return f == null ? key : f.label().in(locale);
  }

  /** The first team of a type (retired ones too), {@code null} for none or no type. */
  public String firstTeam(String code) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    return t == null ? null : t.getFirstTeam();
  }

  /** The name of a type in {@code locale}, retired ones too; {@code null} for none. */
  public String typeName(String code, Locale locale) {
    RequestType t = code == null ? null : em.find(RequestType.class, code);
    return t == null ? code : t.getName().in(locale);
  }

  private String text(FieldDefinition f, JsonValue value, Locale locale) {
    boolean id = "id".equals(locale.getLanguage());
    return switch (f.kind()) {
      case CHOICE -> optionLabel(f, plain(value), locale);
      case MULTI_CHOICE ->
          value instanceof JsonArray a
              ? String.join(", ", a.stream().map(v -> optionLabel(f, plain(v), locale)).toList())
              : plain(value);
      case YES_NO -> value == JsonValue.TRUE ? (id ? "Ya" : "Yes") : (id ? "Tidak" : "No");
      case USER -> directory.label(plain(value));
      case DATE_TIME -> plain(value).replace('T', ' ');
      default -> plain(value);
    };
  }

  private static String optionLabel(FieldDefinition f, String code, Locale locale) {
    var option = f.option(code);
    return option == null ? code : option.label().in(locale);
  }

  private static String plain(JsonValue value) {
    return value instanceof JsonString s ? s.getString() : String.valueOf(value);
  }

  private boolean isActiveUser(String username) {
    return username != null
        && username.length() <= 64
        && directory.currentStamp(username).isPresent();
  }

  /** Every category, active or not, in order (for pickers and the admin pages). */
  public List<Category> categories() {
    return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.code", Category.class)
        .getResultList();
  }
}
