package id.loket.sla.web;

import id.loket.catalog.boundary.CatalogAdmin;
import id.loket.catalog.boundary.TypeDraft;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.Messages;
import id.loket.sla.boundary.PolicyView;
import id.loket.sla.boundary.SlaCalendars;
import id.loket.sla.boundary.SlaPolicies;
import id.loket.sla.control.Targets;
import id.loket.team.boundary.TeamName;
import id.loket.team.boundary.Teams;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The SLA policies page: every policy with its targets in short words, and one form that creates a
 * policy or changes the one being edited, based on the version the page loaded. What is refused
 * comes from {@link SlaPolicies}, the same as over the API, and is shown beside each input.
 */
@Named
@ViewScoped
public class SlaPoliciesBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_CALENDAR = "office-jakarta";

  @Inject transient SlaPolicies policies;
  @Inject transient SlaCalendars calendars;
  @Inject transient Teams teams;
  @Inject transient CatalogAdmin catalog;

  private List<PolicyView> list;
  private List<SlaCalendars.View> calendarList;
  private List<TeamName> teamList;
  private List<String> typeList;
  private PolicyForm form = PolicyForm.blank(DEFAULT_CALENDAR);
  private Long version;

  public List<PolicyView> getPolicies() {
    if (list == null) {
      list = policies.all();
    }
    return list;
  }

  public void edit(PolicyView p) {
    form = PolicyForm.of(p);
    version = p.version();
  }

  public void clear() {
    form = PolicyForm.blank(DEFAULT_CALENDAR);
    version = null;
  }

  public void save() {
    try {
      PolicyView saved =
          version == null
              ? policies.create(form.toDraft())
              : policies.update(form.getDraft().getCode(), form.toDraft(), version);
      FacesErrors.info("sla.policies.saved", saved.code());
      edit(saved);
      list = null;
    } catch (RuntimeException e) {
      FacesErrors.show(e, "policyForm");
    }
  }

  /** A target or interval in short words of the page's language. */
  public String shortText(String iso) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return PolicyForm.shortText(
        iso,
        new Targets.Units(
            Messages.get(locale, "sla.unit.day"),
            Messages.get(locale, "sla.unit.hour"),
            Messages.get(locale, "sla.unit.minute"),
            Messages.get(locale, "sla.unit.second")));
  }

  public List<SlaCalendars.View> getCalendars() {
    if (calendarList == null) {
      calendarList = calendars.all();
    }
    return calendarList;
  }

  public List<TeamName> getTeams() {
    if (teamList == null) {
      teamList = teams.active();
    }
    return teamList;
  }

  /** The codes of the catalog's request types, retired ones too (their tickets keep them). */
  public List<String> getRequestTypes() {
    if (typeList == null) {
      typeList = catalog.allTypes().stream().map(TypeDraft::getCode).sorted().toList();
    }
    return typeList;
  }

  public List<String> getPriorities() {
    return List.of("P1", "P2", "P3", "P4");
  }

  public boolean isEditing() {
    return version != null;
  }

  public PolicyForm getForm() {
    return form;
  }
}
