package id.loket.messaging.web;

import id.loket.messaging.boundary.DeadLetterView;
import id.loket.messaging.boundary.DeadLetters;
import id.loket.messaging.boundary.MessagingStatus;
import id.loket.platform.web.FacesErrors;
import id.loket.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The administrator's dead-letter list (newest first, a page at a time) and its retry. */
@Named
@ViewScoped
public class DeadLettersBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient DeadLetters deadLetters;

  private final List<DeadLetterView> letters = new ArrayList<>();
  private MessagingStatus.Snapshot status;
  private Long older;

  /** f:viewAction */
  public void load() {
    letters.clear();
    older = null;
    status = deadLetters.status();
    more();
  }

  public void more() {
    Page<DeadLetterView> page = deadLetters.open(older, PAGE);
    letters.addAll(page.items());
    older = page.next() == null ? null : Long.valueOf(page.next());
  }

  public void retry(DeadLetterView letter) {
    try {
      deadLetters.retry(letter.id(), letter.version());
      FacesErrors.info("deadletter.retried", letter.id());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "letters");
    }
    load();
  }

  public List<DeadLetterView> getLetters() {
    return letters;
  }

  public MessagingStatus.Snapshot getStatus() {
    return status;
  }

  public boolean isMore() {
    return older != null;
  }
}
