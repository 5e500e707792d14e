package id.loket.mail.web;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.InboundView;
import id.loket.mail.entity.InboundMail;
import id.loket.platform.web.FacesErrors;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The administrators' list of every mail that reached the desk, newest first, optionally of one
 * outcome (the quarantined ones, say), "More" loads the next page: where to start when someone says
 * "I wrote to the desk and nothing happened".
 */
@Named
@ViewScoped
public class MailInboundBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient InboundMails mails;

  private final List<MailRow> rows = new ArrayList<>();
  private String outcome;
  private String older;

  /** f:viewAction, and the outcome filter's change. */
  public void load() {
    rows.clear();
    older = null;
    more();
  }

  public void more() {
    try {
      Page<InboundView> page = mails.all(outcome, older, PAGE);
      page.items().forEach(m -> rows.add(MailRow.of(m)));
      older = page.next();
    } catch (RuntimeException e) {
      older = null;
      FacesErrors.show(e, "inbound");
    }
  }

  /** The outcomes to filter by, as their codes (e.g. {@code quarantined}). */
  public List<String> getOutcomes() {
    return Arrays.stream(InboundMail.Outcome.values()).map(InboundMail.Outcome::code).toList();
  }

  public List<MailRow> getRows() {
    return rows;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public boolean isMore() {
    return older != null;
  }
}
