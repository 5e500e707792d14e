package id.loket.report.web;

import id.loket.platform.web.FacesErrors;
import id.loket.report.boundary.DigestView;
import id.loket.report.boundary.Digests;
import id.loket.report.boundary.SubscriptionDraft;
import id.loket.report.boundary.SubscriptionView;
import id.loket.report.entity.DigestReport;
import id.loket.shared.Page;
import id.loket.team.boundary.TeamName;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The digests page: one form to subscribe (or change a subscription, with the version it showed),
 * the caller's subscriptions with edit and cancel, and the digests they received, newest first
 * (pages of 20, "Older"), one of them shown in full.
 */
@Named
@ViewScoped
public class DigestsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 20;

  @Inject transient Digests digests;

  private List<SubscriptionView> subscriptions = List.of();
  private final List<DigestView> received = new ArrayList<>();
  private String next;
  private List<TeamName> teams;
  private SubscriptionDraft form = fresh();
  private Long editing;
  private long editingVersion;
  private DigestView shown;

  public void load() {
    subscriptions = digests.mine();
    received.clear();
    next = null;
    more();
  }

  public void more() {
    Page<DigestView> page = digests.digests(next, PAGE);
    received.addAll(page.items());
    next = page.next();
  }

  public void save() {
    try {
      if (editing == null) {
        digests.subscribe(form);
        FacesErrors.info("digest.subscribed");
      } else {
        digests.change(editing, form, editingVersion);
        FacesErrors.info("digest.changed");
      }
      reset();
      subscriptions = digests.mine();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "digestForm");
    }
  }

  public void edit(SubscriptionView s) {
    editing = s.id();
    editingVersion = s.version();
    form = new SubscriptionDraft();
    form.setFrequency(s.frequency());
    form.setReports(s.reports());
    form.setTeam(s.team());
    form.setAgent(s.agent());
    form.setCategory(s.category());
    form.setRequestType(s.requestType());
    form.setPriority(s.priority());
    form.setChannel(s.channel());
    form.setLanguage(s.language());
  }

  public void cancel(SubscriptionView s) {
    try {
      digests.cancel(s.id(), s.version());
      FacesErrors.info("digest.cancelled");
      if (editing != null && editing == s.id()) {
        reset();
      }
      subscriptions = digests.mine();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "digestForm");
    }
  }

  public void reset() {
    editing = null;
    form = fresh();
  }

  public void show(DigestView d) {
    shown = d;
  }

  public List<String> getReportNames() {
    return Arrays.stream(DigestReport.values()).map(Enum::name).toList();
  }

  public List<TeamName> getTeams() {
    if (teams == null) {
      teams = digests.teams();
    }
    return teams;
  }

  public List<SubscriptionView> getSubscriptions() {
    return subscriptions;
  }

  public List<DigestView> getReceived() {
    return received;
  }

  public boolean isMore() {
    return next != null;
  }

  public SubscriptionDraft getForm() {
    return form;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public DigestView getShown() {
    return shown;
  }

  private static SubscriptionDraft fresh() {
    SubscriptionDraft d = new SubscriptionDraft();
    d.setFrequency("DAILY");
    d.setReports(List.of("ESCALATIONS", "SLA", "BACKLOG"));
    // no language: the subscriber's own
    return d;
  }
}
