package id.loket.catalog.web;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogAdmin;
import id.loket.catalog.boundary.TypeDraft;
import id.loket.catalog.entity.FieldKind;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.InvalidFieldException;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Edits one request type ({@code admin/request-type.xhtml?code=…}, without a code: a new one) and
 * its form: add, remove and reorder fields. The save names the version the page was loaded at, so a
 * colleague's change made meanwhile is reported, not overwritten.
 */
@Named
@ViewScoped
public class RequestTypeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Catalog catalog;
  @Inject transient CatalogAdmin admin;
  @Inject transient Teams teams;
  @Inject LocaleSelector locale;

  private String code;
  private TypeDraft draft;
  private boolean creating;
  private List<SelectItem> categories;

  /** f:viewAction. */
  /** The active teams, for the first-team choice. */
  public java.util.List<TeamName> getTeams() {
    return teams.active();
  }

  public void load() {
    creating = code == null || code.isBlank();
    try {
      draft = creating ? new TypeDraft() : admin.draft(code.strip());
    } catch (RuntimeException e) {
      draft = null;
      FacesErrors.show(e, "typeForm");
    }
  }

  public String save() {
    try {
      String target = creating ? draft.getCode() : code.strip();
      draft = admin.save(target, draft, creating ? null : draft.getVersion());
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      FacesErrors.info("admin.catalog.saved", draft.getCode());
      return "/admin/request-type.xhtml?faces-redirect=true&code=" + draft.getCode();
    } catch (RuntimeException e) {
      InvalidFieldException invalid = invalid(e);
      if (invalid == null) {
        FacesErrors.show(e, "typeForm");
        return null;
      }
      FacesContext faces = FacesContext.getCurrentInstance();
      for (InvalidFieldException.Field f : invalid.fields()) {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                f.name()
                    + ": "
                    + Messages.get(locale.getLocale(), f.messageKey(), f.args().toArray()),
                null));
      }
      faces.validationFailed();
      return null;
    }
  }

  private static InvalidFieldException invalid(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidFieldException i) {
        return i;
      }
    }
    return null;
  }

  public void addField() {
    draft.addField();
  }

  public void removeField(int index) {
    draft.removeField(index);
  }

  public void moveField(int index, int by) {
    draft.moveField(index, by);
  }

  public List<SelectItem> getCategories() {
    if (categories == null) {
      categories =
          catalog.categories().stream()
              .map(c -> new SelectItem(c.getCode(), c.getName().in(locale.getLocale())))
              .toList();
    }
    return categories;
  }

  public FieldKind[] getKinds() {
    return FieldKind.values();
  }

  public String[] getLevels() {
    return new String[] {"HIGH", "MEDIUM", "LOW"};
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TypeDraft getDraft() {
    return draft;
  }

  public boolean isCreating() {
    return creating;
  }
}
