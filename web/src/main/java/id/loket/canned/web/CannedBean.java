package id.loket.canned.web;

import id.loket.canned.boundary.CannedData;
import id.loket.canned.boundary.CannedResponses;
import id.loket.canned.boundary.CannedView;
import id.loket.canned.entity.Placeholders;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.shared.Page;
import id.loket.team.boundary.TeamName;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent's canned responses page: the responses they may use by title (pages of 50, "More"), and
 * one form to write a new one (personal, or for a team they lead) or change one they may keep, with
 * the version it showed.
 */
@Named
@ViewScoped
public class CannedBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 50;

  @Inject transient CannedResponses canned;
  @Inject LocaleSelector locale;

  private final List<CannedView> items = new ArrayList<>();
  private String next;
  private List<TeamName> teams;
  private CannedData form = fresh();
  private Long editing;
  private long editingVersion;

  public void load() {
    if (editing == null) {
      form.setLanguage(locale.getLanguage());
    }
    items.clear();
    next = null;
    more();
  }

  public void more() {
    Page<CannedView> page = canned.usable(null, next, PAGE);
    items.addAll(page.items());
    next = page.next();
  }

  public void edit(CannedView v) {
    editing = v.id();
    editingVersion = v.version();
    form = new CannedData(v.scope(), v.team(), v.language(), v.title(), v.body());
  }

  public void cancel() {
    editing = null;
    form = fresh();
    form.setLanguage(locale.getLanguage());
  }

  public void save() {
    try {
      if (editing == null) {
        if (!"TEAM".equals(form.getScope())) {
          form.setTeam(null);
        }
        canned.create(form);
      } else {
        canned.change(editing, form, editingVersion);
      }
      FacesErrors.info("canned.saved", form.getTitle());
      cancel();
      load();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "cannedForm");
    }
  }

  public void delete(CannedView v) {
    try {
      canned.delete(v.id(), v.version());
      FacesErrors.info("canned.deleted", v.title());
      if (editing != null && editing == v.id()) {
        cancel();
      }
      load();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "cannedForm");
    }
  }

  /** The teams the caller may write team responses for (empty: personal only). */
  public List<TeamName> getTeams() {
    if (teams == null) {
      teams = canned.keptTeams();
    }
    return teams;
  }

  public List<String> getPlaceholders() {
    return Placeholders.names().stream().map(p -> "{" + p + "}").toList();
  }

  public List<CannedView> getItems() {
    return items;
  }

  public boolean isMore() {
    return next != null;
  }

  public CannedData getForm() {
    return form;
  }

  public boolean isEditing() {
    return editing != null;
  }

  private static CannedData fresh() {
    return new CannedData("PERSONAL", null, null, "", "");
  }
}
