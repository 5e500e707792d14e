package id.loket.catalog.web;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogAdmin;
import id.loket.catalog.boundary.TypeDraft;
import id.loket.catalog.entity.Category;
import id.loket.catalog.entity.Localized;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The administrators' list of request types by category: edit, retire, restore. */
@Named
@ViewScoped
public class CatalogAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Catalog catalog;
  @Inject transient CatalogAdmin admin;
  @Inject LocaleSelector locale;

  private List<TypeDraft> types;
  private Map<String, String> categoryNames;
  private List<CategoryRow> categories;
  private CategoryRow newCategory = new CategoryRow();

  /** One category as the page edits it. */
  public static class CategoryRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String nameEn;
    private String nameId;
    private int sortOrder;
    private boolean active = true;
    private Long version;

    static CategoryRow of(Category c) {
      CategoryRow r = new CategoryRow();
      r.code = c.getCode();
      r.nameEn = c.getName().en();
      r.nameId = c.getName().id();
      r.sortOrder = c.getSortOrder();
      r.active = c.isActive();
      r.version = c.getVersion();
      return r;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code == null ? null : code.strip();
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getNameId() {
      return nameId;
    }

    public void setNameId(String nameId) {
      this.nameId = nameId;
    }

    public int getSortOrder() {
      return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
      this.sortOrder = sortOrder;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }

  @PostConstruct
  void init() {
    refresh();
  }

  private void refresh() {
    types = admin.allTypes();
    List<Category> all = catalog.categories();
    categories = all.stream().map(CategoryRow::of).toList();
    categoryNames =
        all.stream()
            .collect(Collectors.toMap(Category::getCode, c -> c.getName().in(locale.getLocale())));
  }

  public void retire(TypeDraft type, boolean retired) {
    try {
      admin.retire(type.getCode(), retired, type.getVersion());
      FacesErrors.info("admin.catalog.saved", type.getCode());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "typesForm");
    }
    refresh();
  }

  public void saveCategory(CategoryRow row) {
    try {
      admin.saveCategory(
          row.code, new Localized(row.nameEn, row.nameId), row.sortOrder, row.active, row.version);
      FacesErrors.info("admin.catalog.saved", row.code);
      if (row == newCategory) {
        newCategory = new CategoryRow();
      }
    } catch (RuntimeException e) {
      FacesErrors.show(e, "categoriesForm");
    }
    refresh();
  }

  public List<CategoryRow> getCategories() {
    return categories;
  }

  public CategoryRow getNewCategory() {
    return newCategory;
  }

  public List<TypeDraft> getTypes() {
    return types;
  }

  public String categoryName(String code) {
    return categoryNames.getOrDefault(code, code);
  }
}
