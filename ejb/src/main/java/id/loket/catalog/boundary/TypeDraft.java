package id.loket.catalog.boundary;

import id.loket.catalog.entity.FieldDefinition;
import id.loket.catalog.entity.FieldKind;
import id.loket.catalog.entity.FieldOption;
import id.loket.catalog.entity.FormDefinition;
import id.loket.catalog.entity.Localized;
import id.loket.catalog.entity.RequestType;
import id.loket.shared.Text;
import jakarta.json.JsonArray;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A request type as an administrator edits it, in both languages: the body of {@code PUT
 * /api/admin/catalog/types/{code}} (the form as the JSON array {@code form}) and the model of the
 * admin page (the form as editable {@link FieldDraft} rows). Its version is the one the edit is
 * based on; {@link Catalog#save} refuses a stale one.
 */
public class TypeDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code;
  private String category;
  private int sortOrder;
  private String nameEn;
  private String nameId;
  private String descriptionEn;
  private String descriptionId;
  private String icon = "pi pi-question-circle";
  private String defaultImpact = "MEDIUM";
  private String defaultUrgency = "MEDIUM";
  private String firstTeam;
  private boolean retired;
  private long version;
  private final List<FieldDraft> fields = new ArrayList<>();

  public TypeDraft() {}

  static TypeDraft of(RequestType t) {
    TypeDraft d = new TypeDraft();
    d.code = t.getCode();
    d.category = t.getCategory();
    d.sortOrder = t.getSortOrder();
    d.nameEn = t.getName().en();
    d.nameId = t.getName().id();
    d.descriptionEn = t.getDescription().en();
    d.descriptionId = t.getDescription().id();
    d.icon = t.getIcon();
    d.defaultImpact = t.getDefaultImpact();
    d.defaultUrgency = t.getDefaultUrgency();
    d.firstTeam = t.getFirstTeam();
    d.retired = t.isRetired();
    d.version = t.getVersion();
    t.getForm().fields().forEach(f -> d.fields.add(FieldDraft.of(f)));
    return d;
  }

  FormDefinition form() {
    return new FormDefinition(fields.stream().map(FieldDraft::definition).toList());
  }

  /** Replaces the fields by the stored JSON form (for the API). */
  public void setForm(JsonArray form) {
    fields.clear();
    if (form != null) {
      FormDefinition.of(form).fields().forEach(f -> fields.add(FieldDraft.of(f)));
    }
  }

  public List<FieldDraft> getFields() {
    return fields;
  }

  public FieldDraft addField() {
    FieldDraft f = new FieldDraft();
    fields.add(f);
    return f;
  }

  public void removeField(int index) {
    fields.remove(index);
  }

  /** Moves the field at {@code index} one place up ({@code -1}) or down ({@code +1}). */
  public void moveField(int index, int by) {
    int to = index + by;
    if (index >= 0 && index < fields.size() && to >= 0 && to < fields.size()) {
      fields.add(to, fields.remove(index));
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = Text.cleanOrNull(code);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = Text.cleanOrNull(category);
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = Text.cleanOrNull(nameEn);
  }

  public String getNameId() {
    return nameId;
  }

  public void setNameId(String nameId) {
    this.nameId = Text.cleanOrNull(nameId);
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = Text.cleanOrNull(descriptionEn);
  }

  public String getDescriptionId() {
    return descriptionId;
  }

  public void setDescriptionId(String descriptionId) {
    this.descriptionId = Text.cleanOrNull(descriptionId);
  }

  public String getIcon() {
    return icon;
  }

  public void setIcon(String icon) {
    this.icon = Text.cleanOrNull(icon);
  }

  public String getDefaultImpact() {
    return defaultImpact;
  }

  public void setDefaultImpact(String defaultImpact) {
    this.defaultImpact = Text.cleanOrNull(defaultImpact);
  }

  public String getDefaultUrgency() {
    return defaultUrgency;
  }

  public void setDefaultUrgency(String defaultUrgency) {
    this.defaultUrgency = Text.cleanOrNull(defaultUrgency);
  }

  public String getFirstTeam() {
    return firstTeam;
  }

  public void setFirstTeam(String firstTeam) {
    this.firstTeam = Text.cleanOrNull(firstTeam);
  }

  public boolean isRetired() {
    return retired;
  }

  /** The version this draft was read at (the one a save must still find). */
  public long getVersion() {
    return version;
  }

  /**
   * One field as an administrator edits it; options one per line: {@code code | English |
   * Indonesia}.
   */
  public static class FieldDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private FieldKind kind = FieldKind.TEXT;
    private String labelEn;
    private String labelId;
    private String helpEn;
    private String helpId;
    private boolean required;
    private String optionsText;

    static FieldDraft of(FieldDefinition f) {
      FieldDraft d = new FieldDraft();
      d.key = f.key();
      d.kind = f.kind();
      d.labelEn = f.label().en();
      d.labelId = f.label().id();
      d.helpEn = f.help().en();
      d.helpId = f.help().id();
      d.required = f.required();
      StringBuilder text = new StringBuilder();
      for (FieldOption o : f.options()) {
        text.append(o.code())
            .append(" | ")
            .append(o.label().en())
            .append(" | ")
            .append(o.label().id())
            .append('\n');
      }
      d.optionsText = text.toString().strip();
      return d;
    }

    FieldDefinition definition() {
      List<FieldOption> options = new ArrayList<>();
      if (optionsText != null) {
        for (String line : optionsText.split("\\R")) {
          if (line.isBlank()) {
            continue;
          }
          String[] parts = line.split("\\|", -1);
          String en = parts.length > 1 ? parts[1] : "";
          String id = parts.length > 2 ? parts[2] : en;
          options.add(new FieldOption(parts[0].strip(), new Localized(en, id)));
        }
      }
      return new FieldDefinition(
          key,
          kind,
          new Localized(labelEn, labelId),
          new Localized(helpEn, helpId),
          required,
          kind != null && kind.hasOptions() ? options : List.of());
    }

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = Text.cleanOrNull(key);
    }

    public FieldKind getKind() {
      return kind;
    }

    public void setKind(FieldKind kind) {
      this.kind = kind;
    }

    public String getLabelEn() {
      return labelEn;
    }

    public void setLabelEn(String labelEn) {
      this.labelEn = Text.cleanOrNull(labelEn);
    }

    public String getLabelId() {
      return labelId;
    }

    public void setLabelId(String labelId) {
      this.labelId = Text.cleanOrNull(labelId);
    }

    public String getHelpEn() {
      return helpEn;
    }

    public void setHelpEn(String helpEn) {
      this.helpEn = Text.cleanOrNull(helpEn);
    }

    public String getHelpId() {
      return helpId;
    }

    public void setHelpId(String helpId) {
      this.helpId = Text.cleanOrNull(helpId);
    }

    public boolean isRequired() {
      return required;
    }

    public void setRequired(boolean required) {
      this.required = required;
    }

    public String getOptionsText() {
      return optionsText;
    }

    public void setOptionsText(String optionsText) {
      this.optionsText = optionsText;
    }
  }
}
