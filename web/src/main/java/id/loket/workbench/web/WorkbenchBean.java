package id.loket.workbench.web;

import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogView.TypeView;
import id.loket.identity.entity.Roles;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.ticket.boundary.Classification;
import id.loket.ticket.boundary.Reassignment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketWorkbench;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.web.TicketViewBean;
import id.loket.workbench.boundary.MergeRequest;
import id.loket.workbench.boundary.Merging;
import id.loket.workbench.boundary.Presence;
import id.loket.workbench.boundary.PresenceView;
import id.loket.workbench.entity.PresenceMode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff's part of the ticket page: re-classifying (impact, urgency, category, request type) and
 * re-assigning it, merging it as a duplicate, and presence — the page beats every 20 s (a poll) and
 * shows who else has the ticket open; a small script marks the beat EDITING while a message is
 * being typed.
 */
@Named
@ViewScoped
public class WorkbenchBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TicketViewBean view;
  @Inject transient Merging merging;
  @Inject transient Presence presence;

  @Inject transient TicketWorkbench tickets;
  @Inject transient Catalog catalog;
  @Inject LocaleSelector locale;

  private String into;
  private Impact impact;
  private Urgency urgency;
  private String category;
  private String type;
  private String assignee;
  private String reason;
  private boolean editing;
  private List<PresenceView> others = List.of();

  /** f:viewAction and the poll: the caller is here; who else is. */
  public void beat() {
    TicketDetails t = view.getTicket();
    if (t == null || !staff()) {
      return;
    }
    try {
      others = presence.beat(t.number(), editing ? PresenceMode.EDITING : PresenceMode.VIEWING);
    } catch (RuntimeException e) {
      others = List.of(); // presence is a hint: never in the way of the work
    }
  }

  public void merge() {
    TicketDetails t = view.getTicket();
    try {
      TicketDetails closed = merging.merge(t.number(), new MergeRequest(into), t.version());
      view.load();
      FacesErrors.info("workbench.merge.done", closed.number(), into);
      into = null;
    } catch (RuntimeException e) {
      view.refused(e);
    }
  }

  /** Re-classifies the ticket as the form says, based on the version the page shows. */
  public void reclassify() {
    TicketDetails t = view.getTicket();
    try {
      tickets.reclassify(
          t.number(),
          new Classification(
              impact == null ? Impact.valueOf(t.impact()) : impact,
              urgency == null ? Urgency.valueOf(t.urgency()) : urgency,
              category == null ? t.category() : category,
              type == null ? t.requestType() : type),
          t.version());
      view.load();
      classifying = false;
      category = null;
      type = null;
      FacesErrors.info("workbench.classified", t.number());
    } catch (RuntimeException e) {
      view.refused(e);
    }
  }

  /** Hands the ticket to {@link #assignee}, with the reason as an internal note. */
  public void reassign() {
    TicketDetails t = view.getTicket();
    try {
      tickets.reassign(t.number(), new Reassignment(assignee, reason), t.version());
      view.load();
      classifying = false;
      FacesErrors.info("workbench.reassigned", t.number(), assignee);
      assignee = null;
      reason = null;
    } catch (RuntimeException e) {
      view.refused(e);
    }
  }

  /** The minutes logged on the ticket's replies and notes (staff). */
  public long getMinutesSpent() {
    TicketDetails t = view.getTicket();
    if (t == null || !staff()) {
      return 0;
    }
    String key = t.number() + "/" + t.version();
    if (!key.equals(minutesOf)) {
      minutes = tickets.minutesSpent(t.number());
      minutesOf = key;
    }
    return minutes;
  }

  private long minutes;
  private String minutesOf;

  /** Opens the classify-and-assign form (its lists are read only then). */
  public void openEdit() {
    classifying = true;
  }

  public void closeEdit() {
    classifying = false;
  }

  public boolean isClassifying() {
    return classifying;
  }

  public List<String> getCategories() {
    if (categories == null) {
      categories = catalog.activeCategories();
    }
    return categories;
  }

  private boolean classifying;
  private List<String> categories;
  private List<TypeView> types;

  /**
   * The request types staff can re-classify to (active ones, and the ticket's own even if retired).
   * Changing the type keeps the form values as stored: the details show them under the new type's
   * labels where it has the same field, and under their key otherwise.
   */
  public List<TypeView> getTypes() {
    if (types == null) {
      List<TypeView> all = new ArrayList<>();
      catalog.catalog(locale.getLocale()).forEach(c -> all.addAll(c.types()));
      TicketDetails t = view.getTicket();
      if (t != null
          && t.requestType() != null
          && all.stream().noneMatch(v -> v.code().equals(t.requestType()))) {
        all.add(0, catalog.form(t.requestType(), locale.getLocale()));
      }
      types = all;
    }
    return types;
  }

  public String getType() {
    TicketDetails t = view.getTicket();
    return type != null || t == null ? type : t.requestType();
  }

  public void setType(String type) {
    this.type = type == null || type.isBlank() ? null : type;
  }

  public Impact[] getImpacts() {
    return Impact.values();
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public Impact getImpact() {
    TicketDetails t = view.getTicket();
    return impact != null || t == null ? impact : Impact.valueOf(t.impact());
  }

  public void setImpact(Impact impact) {
    this.impact = impact;
  }

  public Urgency getUrgency() {
    TicketDetails t = view.getTicket();
    return urgency != null || t == null ? urgency : Urgency.valueOf(t.urgency());
  }

  public void setUrgency(Urgency urgency) {
    this.urgency = urgency;
  }

  public String getCategory() {
    TicketDetails t = view.getTicket();
    return category != null || t == null ? category : t.category();
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isStaff() {
    return staff();
  }

  private static boolean staff() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    return Roles.isStaff(external::isUserInRole);
  }

  public List<PresenceView> getOthers() {
    return others;
  }

  public String getInto() {
    return into;
  }

  public void setInto(String into) {
    this.into = into;
  }

  public boolean isEditing() {
    return editing;
  }

  public void setEditing(boolean editing) {
    this.editing = editing;
  }
}
