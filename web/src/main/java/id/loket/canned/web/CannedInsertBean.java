package id.loket.canned.web;

import id.loket.canned.boundary.CannedResponses;
import id.loket.canned.boundary.CannedView;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import id.loket.ticket.web.TicketViewBean;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * "Insert canned response" on the ticket page (staff): the responses the agent may use in one
 * language — the requester's if they chose one, else the page's, the other one a click away — and
 * the chosen one, filled in for this ticket, appended to whatever is already typed in the reply.
 */
@Named
@ViewScoped
public class CannedInsertBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CannedResponses canned;
  @Inject TicketViewBean view;
  @Inject LocaleSelector locale;

  private String language;
  private Long choice;
  private List<CannedView> options;

  public String getLanguage() {
    if (language == null && view.getTicket() != null) {
      try {
        language = canned.requesterLanguage(view.getTicket().number()).orElse(locale.getLanguage());
      } catch (RuntimeException e) {
        language = locale.getLanguage();
      }
    }
    return language;
  }

  public void setLanguage(String language) {
    if (language != null && !language.equals(this.language)) {
      options = null;
      choice = null;
    }
    this.language = language;
  }

  /** The usable responses in the chosen language, by title (one page of up to 200). */
  public List<CannedView> getOptions() {
    if (options == null) {
      try {
        options = canned.usable(getLanguage(), null, CannedResponses.MAX_PAGE).items();
      } catch (RuntimeException e) {
        options = List.of();
      }
    }
    return options;
  }

  /** Appends the chosen response, filled in for this ticket, to the reply being typed. */
  public void insert() {
    if (choice == null) {
      refuse(Messages.get(locale.getLocale(), "canned.insert.none"));
      return;
    }
    try {
      String text = canned.render(choice, view.getTicket().number()).text();
      String typed = view.getComment().getBody();
      view.getComment()
          .setBody(typed == null || typed.isBlank() ? text : typed.stripTrailing() + "\n\n" + text);
      choice = null;
    } catch (RuntimeException e) {
      refuse(
          e instanceof DomainException d
              ? Messages.of(d, locale.getLocale())
              : Messages.get(locale.getLocale(), "problem.page"));
    }
  }

  /** Shown under the reply box, which the insert button updates. */
  private static void refuse(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(
            "commentForm:body", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public Long getChoice() {
    return choice;
  }

  public void setChoice(Long choice) {
    this.choice = choice;
  }
}
