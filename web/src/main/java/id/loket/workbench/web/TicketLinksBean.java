package id.loket.workbench.web;

import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.Page;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.web.TicketViewBean;
import id.loket.workbench.boundary.LinkView;
import id.loket.workbench.boundary.NewLink;
import id.loket.workbench.boundary.TicketLinks;
import id.loket.workbench.entity.LinkKind;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The links panel of the ticket page (staff): the ticket's related, parent and child tickets a page
 * at a time; linking another ticket (from either side of a parent/child link) and removing a link;
 * and resolving a parent together with its open children under one public message. The rules live
 * in {@link TicketLinks}; refusals about the other ticket are shown next to its number.
 */
@Named
@ViewScoped
public class TicketLinksBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 20;

  /** What the other ticket is to be, as the form offers it. */
  public enum Choice {
    RELATED,
    CHILD,
    PARENT
  }

  @Inject TicketViewBean view;
  @Inject LocaleSelector locale;
  @Inject transient TicketLinks links;

  private final List<LinkView> shown = new ArrayList<>();
  private String next;
  private String loadedFor;
  private String other;
  private Choice choice = Choice.RELATED;
  private boolean withChildren = true;
  private String message;
  private Integer openChildren;

  /** The links shown (the first page is read when the page shows a ticket for the first time). */
  public List<LinkView> getLinks() {
    TicketDetails t = view.getTicket();
    if (t != null && !t.number().equals(loadedFor)) {
      reload(t.number());
    }
    return shown;
  }

  public void more() {
    Page<LinkView> page = links.of(loadedFor, Long.valueOf(next), PAGE);
    shown.addAll(page.items());
    next = page.next();
  }

  public boolean isMore() {
    return next != null;
  }

  public void add() {
    String self = view.getTicket().number();
    try {
      String linked;
      if (choice == Choice.PARENT) {
        linked = parent(other);
        links.add(linked, new NewLink(self, LinkKind.PARENT_CHILD));
      } else {
        LinkKind kind = choice == Choice.CHILD ? LinkKind.PARENT_CHILD : LinkKind.RELATED;
        linked = links.add(self, new NewLink(other, kind)).number();
      }
      FacesErrors.info("links.added", linked);
      other = null;
      choice = Choice.RELATED;
      view.load();
      reload(self);
    } catch (DomainException e) {
      onTicketField(e);
    } catch (RuntimeException e) {
      FacesErrors.show(e, "linksForm");
    }
  }

  public void remove(long id, String number) {
    String self = view.getTicket().number();
    try {
      links.remove(self, id);
      FacesErrors.info("links.removed", number);
      view.load();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "linksForm");
    }
    reload(self);
  }

  /** Resolves the ticket; with {@link #withChildren}, its open children too (one transaction). */
  public void resolve() {
    TicketDetails t = view.getTicket();
    try {
      if (withChildren && getOpenChildren() > 0) {
        List<String> done = links.resolveWithChildren(t.number(), t.version(), message);
        FacesErrors.info("links.resolved.children", t.number(), String.join(", ", done));
      } else {
        view.move(TicketStatus.RESOLVED);
        return;
      }
      view.load();
      reload(t.number());
    } catch (RuntimeException e) {
      view.refused(e);
    }
  }

  /** Whether the page offers resolving with the children: RESOLVED allowed, open children. */
  public boolean isOfferChildren() {
    TicketDetails t = view.getTicket();
    return t != null
        && t.allowedTransitions().contains(TicketStatus.RESOLVED)
        && getOpenChildren() > 0;
  }

  /** "Also resolve the N open child tickets with this public message". */
  public String getChildrenLabel() {
    return Messages.get(locale.getLocale(), "links.resolve.children", getOpenChildren());
  }

  public int getOpenChildren() {
    TicketDetails t = view.getTicket();
    if (t == null) {
      return 0;
    }
    if (openChildren == null || !t.number().equals(loadedFor)) {
      getLinks();
      openChildren = links.openChildren(t.number());
    }
    return openChildren;
  }

  private void reload(String number) {
    shown.clear();
    Page<LinkView> page = links.of(number, null, PAGE);
    shown.addAll(page.items());
    next = page.next();
    loadedFor = number;
    openChildren = null;
    if (message == null) {
      message = Messages.get(locale.getLocale(), "links.resolve.message.default", number);
    }
  }

  /** The parent typed for "this is a child of", with or without its check digit. */
  private static String parent(String typed) {
    return TicketNumber.parseWithOrWithoutCheckDigit(typed).value();
  }

  /** Refusals about the other ticket (unknown, itself, linked already, a second parent) by it. */
  private void onTicketField(DomainException e) {
    var kind = e.kind();
    String text;
    if (e instanceof InvalidFieldException invalid && !invalid.fields().isEmpty()) {
      var field = invalid.fields().get(0);
      text = Messages.get(locale.getLocale(), field.messageKey(), field.args().toArray());
    } else if (kind == DomainException.Kind.NOT_FOUND || kind == DomainException.Kind.MALFORMED) {
      text = Messages.get(locale.getLocale(), "link.unknown", String.valueOf(other));
    } else if (kind == DomainException.Kind.CONFLICT) {
      text = Messages.of(e, locale.getLocale());
    } else {
      FacesErrors.show(e, "linksForm");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage("linksForm:other", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  public Choice[] getChoices() {
    return Choice.values();
  }

  public String getOther() {
    return other;
  }

  public void setOther(String other) {
    this.other = other;
  }

  public Choice getChoice() {
    return choice;
  }

  public void setChoice(Choice choice) {
    this.choice = choice;
  }

  public boolean isWithChildren() {
    return withChildren;
  }

  public void setWithChildren(boolean withChildren) {
    this.withChildren = withChildren;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
