package id.loket.ticket.web;

import id.loket.attachment.boundary.Attachments;
import id.loket.attachment.web.AttachmentStaging;
import id.loket.catalog.boundary.Catalog;
import id.loket.catalog.boundary.CatalogView.ValueView;
import id.loket.guard.web.SecretGuardBean;
import id.loket.notification.boundary.Notifications;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import id.loket.shared.Page;
import id.loket.ticket.boundary.NewComment;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketDetails.ChangeView;
import id.loket.ticket.boundary.TicketDetails.CommentView;
import id.loket.ticket.boundary.TicketService;
import id.loket.ticket.boundary.TransitionRequest;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One ticket by number; its conversation and history newest first, a page at a time ("Older" loads
 * the next page); reply and move it. Writes send the version the page shows, so a change made
 * meanwhile by someone else is reported instead of overwritten.
 */
@Named
@ViewScoped
public class TicketViewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 50;

  @Inject transient TicketService tickets;
  @Inject transient Notifications notifications;
  @Inject LocaleSelector locale;
  @Inject transient Catalog catalog;
  @Inject SecretGuardBean secretGuard;
  @Inject transient Attachments attachments;
  @Inject AttachmentStaging staging;

  private String number;
  private TicketDetails ticket;
  private NewComment comment = new NewComment();
  private final List<CommentView> comments = new ArrayList<>();
  private final List<ChangeView> history = new ArrayList<>();
  private String olderComments;
  private String olderHistory;

  /** f:viewAction: loads the ticket named by the view parameter and the newest pages. */
  public void load() {
    if (number == null || number.isBlank()) {
      return;
    }
    try {
      ticket = tickets.get(number.strip());
      refreshLists();
      notifications.markReadFor(ticket.number()); // the reader has seen what they were told
    } catch (RuntimeException e) {
      ticket = null;
      FacesErrors.show(e, "commentForm");
    }
  }

  public void addComment() {
    if (secretGuard.holdBack(comment.getBody())) {
      return;
    }
    try {
      ticket =
          attachments
              .commentWith(ticket.number(), comment, ticket.version(), staging.uploads())
              .ticket();
      comment = new NewComment();
      staging.clear();
      refreshLists();
      FacesErrors.info("comment.added");
    } catch (RuntimeException e) {
      refused(e); // the typed text and the staged files stay
    }
  }

  public void move(TicketStatus target) {
    try {
      ticket =
          tickets.transition(
              ticket.number(), new TransitionRequest(target, null), ticket.version());
      refreshLists();
      FacesErrors.info("transition.done", ticket.number());
    } catch (RuntimeException e) {
      refused(e);
    }
  }

  /**
   * A refused write: said as it is; when it was based on an old version, the page shows what the
   * others changed since the version it showed (the history after it) and the current ticket, and
   * keeps what the user typed (a domain exception reaches the page unwrapped) — they decide whether
   * to send it again. Never a silent overwrite.
   */
  public void refused(RuntimeException e) {
    FacesErrors.show(e, "commentForm");
    if (e instanceof DomainException d && d.kind() == DomainException.Kind.STALE) {
      java.time.Instant seen = ticket.updatedAt();
      ticket = tickets.get(ticket.number());
      refreshLists();
      changedMeanwhile =
          tickets.history(ticket.number(), null, PAGE).items().stream()
              .filter(h -> h.at().isAfter(seen))
              .toList();
    }
  }

  /** What others changed since the version a refused write was based on (empty otherwise). */
  public List<ChangeView> getChangedMeanwhile() {
    return changedMeanwhile;
  }

  private List<ChangeView> changedMeanwhile = List.of();

  public void moreComments() {
    Page<CommentView> page = tickets.comments(ticket.number(), olderComments, PAGE);
    comments.addAll(page.items());
    olderComments = page.next();
  }

  public void moreHistory() {
    Page<ChangeView> page = tickets.history(ticket.number(), olderHistory, PAGE);
    history.addAll(page.items());
    olderHistory = page.next();
  }

  private void refreshLists() {
    comments.clear();
    history.clear();
    olderComments = null;
    olderHistory = null;
    moreComments();
    moreHistory();
  }

  /** What a history line changed: a form field by its label, anything else by its name. */
  public String fieldName(String field) {
    if (field != null && field.startsWith("field:") && ticket != null) {
      return fieldLabels.computeIfAbsent(
          field + "/" + locale.getLocale(),
          k -> catalog.fieldLabel(ticket.requestType(), field.substring(6), locale.getLocale()));
    }
    return Messages.get(locale.getLocale(), "field." + field);
  }

  /** An old or new value of the history, translated where it is a code. */
  public String change(String field, String value) {
    if (value == null) {
      return "";
    }
    if ("link".equals(field) && value.indexOf(' ') > 0) {
      // "<ROLE> <number>": what the other ticket is to this one, then its number
      int space = value.indexOf(' ');
      return Messages.get(locale.getLocale(), "links.role." + value.substring(0, space))
          + value.substring(space);
    }
    if ("request_type".equals(field)) {
      return catalog.typeName(value, locale.getLocale());
    }
    String prefix =
        switch (field) {
          case "status" -> "status.";
          case "impact", "urgency" -> "level.";
          case "category" -> "category.";
          case "comment" -> "visibility.";
          default -> null;
        };
    if (prefix == null) {
      return value;
    }
    String text = Messages.get(locale.getLocale(), prefix + value);
    return text.equals(prefix + value) ? value : text;
  }

  public List<TicketStatus> getTransitions() {
    return ticket == null ? List.of() : ticket.allowedTransitions().stream().sorted().toList();
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public TicketDetails getTicket() {
    return ticket;
  }

  public NewComment getComment() {
    return comment;
  }

  public List<CommentView> getComments() {
    return comments;
  }

  public List<ChangeView> getHistory() {
    return history;
  }

  public boolean isMoreComments() {
    return olderComments != null;
  }

  public boolean isMoreHistory() {
    return olderHistory != null;
  }

  /** The values of the request type's form, labelled in the reader's language. */
  public List<ValueView> getDetails() {
    if (ticket == null) {
      return List.of();
    }
    String key = ticket.version() + "/" + locale.getLocale();
    if (!key.equals(detailsOf)) {
      details =
          catalog.describe(ticket.requestType(), ticket.fields().toString(), locale.getLocale());
      detailsOf = key;
    }
    return details;
  }

  private List<ValueView> details;
  private final java.util.Map<String, String> fieldLabels = new java.util.HashMap<>();
  private String detailsOf;

  public String getTypeName() {
    return ticket == null ? null : catalog.typeName(ticket.requestType(), locale.getLocale());
  }
}
