package id.loket.mail.boundary;

import id.loket.identity.boundary.UserDirectory;
import id.loket.mail.control.MailTemplates;
import id.loket.platform.LoketConfig;
import id.loket.ticket.boundary.MailTickets;
import id.loket.ticket.boundary.MailTickets.MailTicket;
import id.loket.ticket.boundary.TicketChanged;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which ticket changes people hear of by mail, decided in the change's transaction (the mail is
 * written with it, or not at all): the requester gets the confirmation of a new ticket, every
 * public answer of someone else (so do the watchers, but never the author), and word when the
 * ticket waits for them, is resolved (how to reopen it) or closed (how did we do?). People without
 * an address get nothing; nothing at all while outbound mail is switched off.
 */
@Stateless
@PermitAll
public class MailTriggers {

  static final String PUBLIC = "PUBLIC";

  @EJB MailOutbox outbox;
  @EJB MailTickets tickets;
  @EJB UserDirectory directory;
  @Inject LoketConfig config;

  public void onChange(@Observes TicketChanged change) {
    if (!config.mail().outboundEnabled()) {
      return;
    }
    Optional<MailTicket> found = Optional.empty();
    for (TicketChanged.Field f : change.changes()) {
      String kind = kind(change, f);
      if (kind == null) {
        continue;
      }
      if (found.isEmpty()) {
        found = tickets.byId(change.ticketId());
        if (found.isEmpty()) {
          return;
        }
      }
      MailTicket ticket = found.get();
      switch (kind) {
        case MailTemplates.CONFIRMATION ->
            outbox.confirmation(
                ticket.id(), ticket.number(), ticket.title(), ticket.requester(), null);
        case MailTemplates.AGENT_REPLY -> reply(ticket, f);
        default ->
            outbox.toUser(
                kind,
                cause(ticket.id(), "status:" + f.newValue(), f),
                ticket.id(),
                ticket.number(),
                ticket.requester(),
                Map.of("title", ticket.title()));
      }
    }
  }

  /** The kind of mail a changed field asks for, or null. */
  static String kind(TicketChanged change, TicketChanged.Field f) {
    return switch (f.field()) {
      case "created" -> MailTemplates.CONFIRMATION;
      case "comment" ->
          PUBLIC.equals(f.newValue()) && f.actor() != null && !f.actor().equals(change.requester())
              ? MailTemplates.AGENT_REPLY
              : null;
      case "status" ->
          switch (String.valueOf(f.newValue())) {
            case "WAITING_FOR_REQUESTER" -> MailTemplates.WAITING;
            case "RESOLVED" -> MailTemplates.RESOLVED;
            case "CLOSED" -> MailTemplates.SATISFACTION;
            default -> null;
          };
      default -> null;
    };
  }

  private void reply(MailTicket ticket, TicketChanged.Field f) {
    Optional<String> text = tickets.newestPublicComment(ticket.id(), f.actor());
    if (text.isEmpty()) {
      return;
    }
    Set<String> to = new LinkedHashSet<>();
    to.add(ticket.requester());
    to.addAll(ticket.watchers());
    to.remove(f.actor());
    String author = directory.find(f.actor()).map(u -> u.displayName()).orElse(f.actor());
    String cause = cause(ticket.id(), "comment", f);
    for (String person : to) {
      outbox.toUser(
          MailTemplates.AGENT_REPLY,
          cause,
          ticket.id(),
          ticket.number(),
          person,
          Map.of("title", ticket.title(), "author", author, "message", text.get()));
    }
  }

  /** Unique per change: the ticket, what changed and when (e.g. {@code ticket:42:comment:<at>}). */
  static String cause(long ticketId, String what, TicketChanged.Field f) {
    return "ticket:" + ticketId + ":" + what + ":" + f.at();
  }
}
