package id.loket.mail.web;

import id.loket.mail.boundary.MailOutbound;
import id.loket.mail.boundary.OutboundMailPage;
import id.loket.mail.boundary.OutboundMailView;
import id.loket.platform.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The administrator's list of outbound mails (newest first, a page at a time, optionally of one
 * status) with the counts per status, and the retry of a FAILED mail.
 */
@Named
@ViewScoped
public class MailOutboundBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient MailOutbound outbound;

  private final List<OutboundMailView> mails = new ArrayList<>();
  private Map<String, Long> counts = Map.of();
  private String status;
  private String older;

  /** f:viewAction, and the status filter's change. */
  public void load() {
    mails.clear();
    older = null;
    more();
  }

  public void more() {
    OutboundMailPage page = outbound.list(status, older, PAGE);
    mails.addAll(page.items());
    counts = page.counts();
    older = page.next();
  }

  public void retry(OutboundMailView mail) {
    try {
      outbound.retry(mail.id());
      FacesErrors.info("admin.mailOutbound.retried", mail.id());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "mails");
    }
    load();
  }

  public List<OutboundMailView> getMails() {
    return mails;
  }

  public Map<String, Long> getCounts() {
    return counts;
  }

  public List<String> getStatuses() {
    return List.of("PENDING", "SENT", "FAILED");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = getStatuses().contains(status) ? status : null;
  }

  public boolean isMore() {
    return older != null;
  }
}
