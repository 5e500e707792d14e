package id.loket.followup.web;

import id.loket.followup.boundary.EscalationCaseView;
import id.loket.followup.boundary.Escalations;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The managers' escalation list: newest first, "Older" loads the next page. */
@Named
@ViewScoped
public class EscalationsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient Escalations escalations;

  private final List<EscalationCaseView> cases = new ArrayList<>();
  private String older;

  /** f:viewAction */
  public void load() {
    cases.clear();
    older = null;
    more();
  }

  public void more() {
    Page<EscalationCaseView> page = escalations.page(older, PAGE);
    cases.addAll(page.items());
    older = page.next();
  }

  public List<EscalationCaseView> getCases() {
    return cases;
  }

  public boolean isMore() {
    return older != null;
  }
}
