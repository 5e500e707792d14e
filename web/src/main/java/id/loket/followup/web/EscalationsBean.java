package id.loket.followup.web;

import id.loket.followup.boundary.EscalationCaseView;
import id.loket.followup.boundary.Escalations;
import id.loket.platform.web.FacesErrors;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation list of managers (all teams) and team leads (their teams): newest first, open ones
 * only by default, "Older" loads the next page; each open one can be acknowledged with a note,
 * based on the version the row shows. {@code ?ticket=} shows one ticket's history.
 */
@Named
@ViewScoped
public class EscalationsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient Escalations escalations;

  private final List<EscalationCaseView> cases = new ArrayList<>();
  private final Map<Long, String> notes = new HashMap<>();
  private String older;
  private boolean openOnly = true;
  private String ticket;

  /** f:viewAction */
  public void load() {
    if (ticket != null && !ticket.isBlank()) {
      openOnly = false;
    }
    reload();
  }

  /** Applies the "only open" choice. */
  public void reload() {
    cases.clear();
    older = null;
    more();
  }

  public void more() {
    Page<EscalationCaseView> page =
        escalations.page(
            older, PAGE, openOnly, ticket == null || ticket.isBlank() ? null : ticket.strip());
    cases.addAll(page.items());
    older = page.next();
  }

  /** Acknowledges case {@code id} at {@code version} with the note typed on its row. */
  public void acknowledge(long id, long version) {
    try {
      escalations.acknowledge(id, notes.get(id), version);
      notes.remove(id);
      FacesErrors.info("escalations.acknowledged.done");
      reload();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "escalationList");
    }
  }

  public List<EscalationCaseView> getCases() {
    return cases;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public boolean isMore() {
    return older != null;
  }

  public boolean isOpenOnly() {
    return openOnly;
  }

  public void setOpenOnly(boolean openOnly) {
    this.openOnly = openOnly;
  }

  public String getTicket() {
    return ticket;
  }

  public void setTicket(String ticket) {
    this.ticket = ticket;
  }
}
