package id.loket.mail.web;

import id.loket.mail.boundary.InboundMails;
import id.loket.mail.boundary.InboundMails.Action;
import id.loket.mail.boundary.InboundView;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agents' review queue: mail that named a ticket but came from someone who may not add to it,
 * newest first, "More" loads the next page. Each message is decided once — appended to a ticket
 * (the one it named unless the agent types another), made a new ticket for its sender, or discarded
 * — based on the version its row showed; a refusal is shown on that row, and a row someone else
 * changed meanwhile reloads the queue.
 */
@Named
@ViewScoped
public class MailReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 25;

  @Inject transient InboundMails mails;

  private final List<MailRow> rows = new ArrayList<>();
  private final Map<Long, String> tickets = new HashMap<>();
  private final Map<Long, String> problems = new HashMap<>();
  private String older;

  /** f:viewAction */
  public void load() {
    rows.clear();
    tickets.clear();
    older = null;
    more();
  }

  public void more() {
    Page<InboundView> page = mails.review(older, PAGE);
    for (InboundView m : page.items()) {
      rows.add(MailRow.of(m));
      tickets.putIfAbsent(m.id(), m.ticket());
    }
    older = page.next();
  }

  public void append(MailRow row) {
    decide(row, Action.APPEND, "mail.review.appended");
  }

  public void newTicket(MailRow row) {
    decide(row, Action.NEW_TICKET, "mail.review.created");
  }

  public void discard(MailRow row) {
    decide(row, Action.DISCARD, "mail.review.discarded");
  }

  private void decide(MailRow row, Action action, String doneKey) {
    long id = row.id();
    problems.remove(id);
    String ticket = action == Action.APPEND ? tickets.get(id) : null;
    try {
      InboundView done =
          mails.decide(id, row.mail().version(), action, ticket == null ? null : ticket.strip());
      FacesErrors.info(doneKey, done.ticket() == null ? "" : done.ticket());
      tickets.remove(id);
      load();
    } catch (RuntimeException e) {
      Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
      if (cause instanceof DomainException d
          && (d.kind() == DomainException.Kind.STALE
              || d.kind() == DomainException.Kind.NOT_FOUND
              || "mail.review.done".equals(d.messageKey()))) {
        FacesErrors.show(cause, "review");
        FacesErrors.info("mail.review.reloaded");
        load();
      } else if (cause instanceof DomainException d) {
        problems.put(id, text(d));
        FacesContext.getCurrentInstance().validationFailed();
      } else {
        FacesErrors.show(e, "review");
      }
    }
  }

  /** The refusal in the reader's language: a field's message, else the exception's. */
  private static String text(DomainException d) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    if (d instanceof InvalidFieldException invalid && !invalid.fields().isEmpty()) {
      InvalidFieldException.Field f = invalid.fields().get(0);
      return Messages.get(locale, f.messageKey(), f.args().toArray());
    }
    return Messages.of(d, locale);
  }

  public List<MailRow> getRows() {
    return rows;
  }

  /** The ticket each row appends to, as typed (prefilled with the ticket the mail named). */
  public Map<Long, String> getTickets() {
    return tickets;
  }

  /** Why a row's last decision was refused. */
  public Map<Long, String> getProblems() {
    return problems;
  }

  public boolean isMore() {
    return older != null;
  }
}
