package id.loket.ticket.boundary;

import id.loket.guard.boundary.SecretGuard;
import id.loket.identity.boundary.UserDirectory;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketStore;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Channel;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.Impact;
import id.loket.ticket.entity.InvalidTicketNumberException;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Urgency;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket workflow as the e-mail channel drives it: mail that reached the desk opens a ticket
 * for its sender, adds their reply to a ticket, reopens a resolved one, or makes a person in CC a
 * watcher; outbound mail reads what it tells people. No one is signed in when a mailbox is read, so
 * this boundary is for local callers only ({@code @PermitAll}, no REST resource calls it): the mail
 * feature decides whose mail may touch which ticket (sender, requester, watchers, staff) before it
 * calls here. Everything else — secrets masked, audit, events, SLA clocks — is as for the portal.
 */
@Stateless
@PermitAll
public class MailTickets {

  /** A ticket number with its check digit anywhere in a text (e.g. a subject). */
  private static final Pattern NUMBER =
      Pattern.compile("(?i)\\bLKT-[1-9][0-9]{3}-[0-9]{6,19}-[0-9]");

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject TicketStore store;
  @Inject TicketOpening opening;
  @Inject TicketTrail trail;
  @Inject TicketEvents events;
  @EJB UserDirectory directory;

  /** What mail needs to know of a ticket. */
  public record MailTicket(
      long id,
      String number,
      String title,
      String requester,
      String status,
      String assignee,
      String team,
      Instant resolvedAt,
      List<String> watchers,
      long version) {}

  /** What a reply by mail did. */
  public enum ReplyOutcome {
    COMMENTED,
    REOPENED,
    /** Closed (or resolved too long ago): the reply is for a new ticket, linked to this one. */
    CLOSED
  }

  /** A reply by mail: its outcome and the comment written (null when none was). */
  public record Reply(ReplyOutcome outcome, Long commentId) {}

  public Optional<MailTicket> byId(long id) {
    return Optional.ofNullable(em.find(Ticket.class, id)).map(this::view);
  }

  /** The ticket whose number (with its check digit) is {@code text}; empty if none or malformed. */
  public Optional<MailTicket> byNumber(String text) {
    try {
      return store.byNumber(TicketNumber.parse(text)).map(this::view);
    } catch (InvalidTicketNumberException malformed) {
      return Optional.empty();
    }
  }

  /**
   * The first well-formed ticket number (its check digit right) in {@code text}, e.g. a subject
   * "Re: [#LKT-2026-000042-7] Printer".
   */
  public Optional<MailTicket> numberedIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      Optional<MailTicket> found = byNumber(m.group());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The text of the newest public comment {@code author} wrote on the ticket, if any. */
  public Optional<String> newestPublicComment(long ticketId, String author) {
    return em.createQuery(
            "SELECT c FROM Comment c WHERE c.ticketId = :ticket AND c.author = :author"
                + " AND c.visibility = :public ORDER BY c.createdAt DESC, c.id DESC",
            Comment.class)
        .setParameter("ticket", ticketId)
        .setParameter("author", author)
        .setParameter("public", Visibility.PUBLIC)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Comment::getBody);
  }

  /**
   * Opens an e-mail ticket for {@code requester} (an active user) in {@code category}, of medium
   * impact and urgency (a mail says neither; an agent re-classifies). Title and description are cut
   * to the ticket's limits; an empty subject or body gets a placeholder.
   */
  public MailTicket open(String requester, String title, String description, String category) {
    String t = cut(title == null || title.isBlank() ? "(no subject)" : title.strip(), 200);
    String d =
        cut(
            description == null || description.isBlank() ? "(no text)" : description.strip(),
            10000);
    NewTicket request = new NewTicket(t, d, category, Impact.MEDIUM, Urgency.MEDIUM);
    return view(opening.open(requester, request, requester, Channel.EMAIL));
  }

  /**
   * Adds {@code author}'s reply by mail as a public comment. A resolved ticket is reopened first
   * when it was resolved within {@code reopenWindow}; a closed ticket, or one resolved longer ago,
   * is left alone ({@link ReplyOutcome#CLOSED}: the caller opens a new ticket).
   */
  public Reply reply(long ticketId, String author, String text, Duration reopenWindow) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    Instant now = clock.instant();
    TicketStatus from = ticket.getStatus();
    if (from == TicketStatus.CLOSED
        || (from == TicketStatus.RESOLVED
            && (ticket.getResolvedAt() == null
                || ticket.getResolvedAt().plus(reopenWindow).isBefore(now)))) {
      return new Reply(ReplyOutcome.CLOSED, null);
    }
    boolean reopen = from == TicketStatus.RESOLVED;
    if (reopen) {
      ticket.moveTo(TicketStatus.REOPENED, author, now);
    }
    String body = text == null || text.isBlank() ? "(no text)" : text.strip();
    Comment comment =
        ticket.addComment(
            author, SecretGuard.mask(cut(body, 10000), 10000), Visibility.PUBLIC, now);
    em.persist(comment);
    trail.record(ticket);
    em.flush();
    if (reopen) {
      events.statusChanged(ticket, from.name(), author);
    }
    events.commented(ticket, comment);
    return new Reply(reopen ? ReplyOutcome.REOPENED : ReplyOutcome.COMMENTED, comment.getId());
  }

  /**
   * Lets {@code username} watch the ticket (someone its requester put in CC), unless they are its
   * requester or watch it already; audited as the portal's watchers are.
   *
   * @return whether they were added
   */
  public boolean watch(long ticketId, String username, String addedBy) {
    Ticket ticket = em.find(Ticket.class, ticketId);
    if (ticket == null || ticket.isOwnedBy(username) || !directory.isActive(username)) {
      return false;
    }
    Instant now = clock.instant();
    int added =
        em.createNativeQuery(
                "INSERT INTO ticket_watcher (ticket_id, username, added_by, added_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, ticketId)
            .setParameter(2, username)
            .setParameter(3, addedBy)
            .setParameter(4, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
            .executeUpdate();
    if (added > 0) {
      em.persist(
          AuditEntry.of(
              ticketId, new Change(now, addedBy, Watchers.FIELD_WATCHER, null, username)));
    }
    return added > 0;
  }

  /**
   * Whether {@code username} may add to the ticket by mail: its requester, a watcher, its assignee,
   * or active service-desk staff.
   */
  public boolean mayReply(long ticketId, String username) {
    MailTicket t = byId(ticketId).orElse(null);
    return t != null
        && username != null
        && (username.equals(t.requester())
            || username.equals(t.assignee())
            || t.watchers().contains(username)
            || directory.isActiveStaff(username));
  }

  @SuppressWarnings("unchecked")
  private MailTicket view(Ticket t) {
    List<String> watchers =
        em.createNativeQuery(
                "SELECT username FROM ticket_watcher WHERE ticket_id = ?1 ORDER BY username"
                    + " LIMIT "
                    + Watchers.MAX)
            .setParameter(1, t.getId())
            .getResultList();
    return new MailTicket(
        t.getId(),
        t.getNumber().value(),
        t.getTitle(),
        t.getRequester(),
        t.getStatus().name(),
        t.getAssignee(),
        t.getTeam(),
        t.getResolvedAt(),
        watchers,
        t.getVersion());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
