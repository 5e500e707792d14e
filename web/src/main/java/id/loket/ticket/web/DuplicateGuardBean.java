package id.loket.ticket.web;

import id.loket.knowledge.boundary.ArticleHit;
import id.loket.knowledge.boundary.Knowledge;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.ticket.boundary.SimilarTicket;
import id.loket.ticket.boundary.SimilarTickets;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketReport;
import id.loket.ticket.boundary.Watchers;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The duplicate guard on the intake page ({@code /WEB-INF/includes/duplicate-guard.xhtml}): while
 * the requester types, {@code loket/guards.js} sends the text (debounced) and this bean looks up
 * similar open tickets and help articles; "Add my report to this ticket" adds the text to one of
 * them as a reply (and the requester as its watcher) and shows it.
 */
@Named
@ViewScoped
public class DuplicateGuardBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_TEXT = 10000;

  @Inject transient SimilarTickets similar;
  @Inject transient Watchers watchers;
  @Inject transient Knowledge knowledge;
  @Inject LocaleSelector locale;

  private String text = "";
  private String category;
  private List<SimilarTicket> suggestions = List.of();
  private List<ArticleHit> articles = List.of();

  /** The remote command: request parameters {@code guardText} and {@code guardCategory}. */
  public void look() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String typed = params.getOrDefault("guardText", "");
    text = typed.length() > MAX_TEXT ? typed.substring(0, MAX_TEXT) : typed.strip();
    String cat = params.get("guardCategory");
    category = cat == null || cat.isBlank() || cat.length() > 40 ? null : cat.strip();
    if (text.length() < 4) {
      suggestions = List.of();
      articles = List.of();
      return;
    }
    suggestions = similar.find(text, category, 5);
    articles = knowledge.search(text, locale.getLanguage(), 3);
  }

  /** "Add my report to this ticket". */
  public String join(String number) {
    try {
      TicketDetails ticket = watchers.join(number, new TicketReport(text, category));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      FacesErrors.info("guard.joined", ticket.number());
      return "/tickets/view.xhtml?faces-redirect=true&number=" + ticket.number();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "duplicateGuard");
      return null;
    }
  }

  /** The title with the typed words marked; escaped HTML. */
  public String highlight(SimilarTicket ticket) {
    return Highlights.html(ticket.title(), ticket.matches());
  }

  public List<SimilarTicket> getSuggestions() {
    return suggestions;
  }

  public List<ArticleHit> getArticles() {
    return articles;
  }

  public boolean isAnything() {
    return !suggestions.isEmpty() || !articles.isEmpty();
  }
}
