package id.loket.catalog.boundary;

import id.loket.catalog.entity.Category;
import id.loket.catalog.entity.FieldDefinition;
import id.loket.catalog.entity.RequestType;
import java.util.List;
import java.util.Locale;

/**
 * The catalog as one reader sees it, in the reader's language: categories with their request types,
 * each with its form. For the portal and for {@code GET /api/catalog}.
 */
public final class CatalogView {

  private CatalogView() {}

  public record CategoryView(String code, String name, List<TypeView> types) {}

  public record TypeView(
      String code,
      String category,
      String name,
      String description,
      String icon,
      String defaultImpact,
      String defaultUrgency,
      String firstTeam,
      List<FieldView> fields) {}

  public record FieldView(
      String key,
      String kind,
      String label,
      String help,
      boolean required,
      List<OptionView> options) {}

  public record OptionView(String code, String label) {}

  /** One stored value of a ticket, labelled for its reader: label, and the value as text. */
  public record ValueView(String key, String label, String text) {}

  static CategoryView of(Category c, List<TypeView> types, Locale locale) {
    return new CategoryView(c.getCode(), c.getName().in(locale), types);
  }

  static TypeView of(RequestType t, Locale locale) {
    return new TypeView(
        t.getCode(),
        t.getCategory(),
        t.getName().in(locale),
        t.getDescription().in(locale),
        t.getIcon(),
        t.getDefaultImpact(),
        t.getDefaultUrgency(),
        t.getFirstTeam(),
        t.getForm().fields().stream().map(f -> of(f, locale)).toList());
  }

  static FieldView of(FieldDefinition f, Locale locale) {
    return new FieldView(
        f.key(),
        f.kind().name(),
        f.label().in(locale),
        f.help().in(locale),
        f.required(),
        f.options().stream().map(o -> new OptionView(o.code(), o.label().in(locale))).toList());
  }
}
