package id.loket.ticket.boundary;

import id.loket.catalog.boundary.Catalog;
import id.loket.guard.boundary.SecretGuard;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.ticket.control.TicketEvents;
import id.loket.ticket.control.TicketRouter;
import id.loket.ticket.control.TicketStore;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.Comment;
import id.loket.ticket.entity.Ticket;
import id.loket.ticket.entity.TicketNumber;
import id.loket.ticket.entity.TicketStatus;
import id.loket.ticket.entity.Visibility;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * What staff do to one ticket on the workbench beyond the everyday workflow of {@link
 * TicketService}: re-classify it (impact × urgency, category, request type — routed again when its
 * category or type changes), hand it to a colleague with a reason, merge a duplicate into its
 * primary, and sum the time spent on it. Staff only (403 for anyone else); every write is based on
 * the version the caller saw (412 when stale), stores its audit rows and events in the same
 * transaction, and answers with the ticket's summary.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class TicketWorkbench {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject TicketEvents events;
  @Inject TicketTrail trail;
  @Inject TicketStore store;
  @Inject TicketRouter router;
  @EJB Catalog catalog;
  @EJB UserDirectory directory;

  /** The minutes logged with the ticket's replies and notes, summed (staff only). */
  public long minutesSpent(String number) {
    String me = staff();
    Ticket ticket = load(number, null);
    return ((Number)
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(minutes_spent), 0) FROM ticket_comment WHERE ticket_id = ?1")
                .setParameter(1, ticket.getId())
                .getSingleResult())
        .longValue();
  }

  /**
   * Re-assesses impact and urgency (the priority follows), the category (an active one, or the one
   * it has) and optionally the request type (an active one; its category comes with it unless
   * another one is asked for, which must then be the type's): staff only, each changed field one
   * audit row. A changed category or type routes the ticket again: a new routing decision with its
   * trace, and the team change audited. The form values stay as stored (see {@link
   * Ticket#changeType}).
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails reclassify(
      String number, @NotNull @Valid Classification request, Long expectedVersion) {
    String me = staff();
    Ticket ticket = load(number, expectedVersion);
    String type = request.getType();
    boolean retyped = type != null && !type.equals(ticket.getRequestType());
    String category = request.getCategory();
    if (retyped) {
      String typeCategory = typeCategory(type);
      if (category.equals(ticket.getCategory())) {
        category = typeCategory;
      } else if (!category.equals(typeCategory)) {
        throw new InvalidFieldException("category", "catalog.type.category.mismatch", typeCategory);
      }
    }
    if (!category.equals(ticket.getCategory()) && !catalog.isActive(category)) {
      throw new InvalidFieldException("category", "ticket.category.unknown", category);
    }
    Instant now = clock.instant();
    ticket.reclassify(request.getImpact(), request.getUrgency(), me, now);
    boolean moved = !category.equals(ticket.getCategory()) || retyped;
    ticket.edit(ticket.getTitle(), ticket.getDescription(), category, me, now);
    if (retyped) {
      ticket.changeType(type, me, now);
    }
    if (moved) {
      // A new category or type can mean a new team: route again, with a new trace (audited).
      router.route(ticket, catalog.firstTeam(ticket.getRequestType()), me, now);
    }
    List<Change> changes = trail.record(ticket);
    em.flush();
    if (changes.stream().anyMatch(c -> Change.FIELD_ASSIGNEE.equals(c.field()))) {
      events.assigned(ticket);
    }
    return details(ticket);
  }

  /** The category of an active request type (422 on {@code type} for any other). */
  private String typeCategory(String type) {
    try {
      return catalog.type(type, java.util.Locale.ENGLISH).category();
    } catch (DomainException e) {
      throw new InvalidFieldException("type", "catalog.type.unknown", type);
    }
  }

  /**
   * Hands the ticket to another member of staff (422 on {@code assignee} otherwise), with an
   * optional reason that is kept as an internal note beside the audited change.
   *
   * @param expectedVersion the version the caller's copy shows, or {@code null} not to check
   */
  public TicketDetails reassign(
      String number, @NotNull @Valid Reassignment request, Long expectedVersion) {
    String me = staff();
    Ticket ticket = load(number, expectedVersion);
    String assignee = request.getAssignee();
    if (!directory.isActiveStaff(assignee)) {
      throw new InvalidFieldException("assignee", "ticket.assignee.unknown", assignee);
    }
    Instant now = clock.instant();
    TicketStatus from = ticket.getStatus();
    ticket.assign(assignee, me, now);
    Comment note = null;
    if (request.getReason() != null && !request.getReason().isBlank()) {
      note =
          ticket.addComment(
              me,
              "→ " + assignee + ": " + SecretGuard.mask(request.getReason().strip(), 9000),
              Visibility.INTERNAL,
              now);
      em.persist(note);
    }
    List<Change> changes = trail.record(ticket);
    em.flush();
    if (changes.stream().anyMatch(c -> Change.FIELD_ASSIGNEE.equals(c.field()))) {
      events.assigned(ticket);
    }
    if (ticket.getStatus() != from) {
      events.statusChanged(ticket, from.name(), me);
    }
    if (note != null) {
      events.commented(ticket, note);
    }
    return details(ticket);
  }

  /**
   * Merges the duplicate {@code number} into the primary {@code into} (staff only): the requesters
   * of both are told by a public reply on each (and its notification), the duplicate's conversation
   * moves to the primary (the pointer reply stays), its watchers move too and its requester starts
   * watching the primary — so everyone keeps reading what they wrote — and the duplicate is CLOSED
   * with {@code merged_into} pointing at the primary. Both histories record the merge. Attachments
   * belong to the attachment feature, which moves them in the same transaction.
   *
   * @param expectedVersion the version of the duplicate the caller saw, or {@code null} not to
   *     check
   * @return the duplicate, closed
   */
  public TicketDetails merge(String number, @NotNull String into, Long expectedVersion) {
    String me = staff();
    Ticket duplicate = load(number, expectedVersion);
    Ticket primary = primaryFor(into);
    Instant now = clock.instant();
    TicketStatus from = duplicate.getStatus();
    String dupNumber = duplicate.getNumber().value();
    String primaryNumber = primary.getNumber().value();
    Comment pointer =
        duplicate.addComment(
            me,
            "Merged into "
                + primaryNumber
                + ": the conversation continues there. / Digabung ke "
                + primaryNumber
                + ": percakapan berlanjut di sana.",
            Visibility.PUBLIC,
            now);
    duplicate.mergeInto(primary, me, now); // the rules: not itself, not closed, no cycle
    Comment told =
        primary.addComment(
            me,
            "Ticket "
                + dupNumber
                + " was merged into this one. / Tiket "
                + dupNumber
                + " digabung ke tiket ini.",
            Visibility.PUBLIC,
            now);
    em.persist(pointer);
    em.persist(told);
    em.flush();
    em.createNativeQuery(
            "UPDATE ticket_comment SET ticket_id = ?1 WHERE ticket_id = ?2 AND id <> ?3")
        .setParameter(1, primary.getId())
        .setParameter(2, duplicate.getId())
        .setParameter(3, pointer.getId())
        .executeUpdate();
    moveWatchers(duplicate, primary, me, now);
    trail.record(duplicate);
    trail.record(primary);
    em.flush();
    events.commented(duplicate, pointer);
    events.statusChanged(duplicate, from.name(), me);
    events.commented(primary, told);
    return details(duplicate);
  }

  /** The primary of a merge: a ticket the caller may see, else the body's {@code into} is wrong. */
  private Ticket primaryFor(String into) {
    try {
      return load(into, null);
    } catch (DomainException e) {
      if (e.kind() == Kind.NOT_FOUND || e.kind() == Kind.MALFORMED) {
        throw new InvalidFieldException("into", "ticket.merge.unknown", String.valueOf(into));
      }
      throw e;
    }
  }

  /** The duplicate's watchers, and its requester, watch the primary instead. */
  private void moveWatchers(Ticket duplicate, Ticket primary, String actor, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    em.createNativeQuery(
            "INSERT INTO ticket_watcher (ticket_id, username, added_by, added_at)"
                + " SELECT ?1, u.username, ?3, ?4 FROM ("
                + " SELECT w.username FROM ticket_watcher w WHERE w.ticket_id = ?2"
                + " UNION SELECT ?5) u"
                + " WHERE u.username <> ?6 AND NOT EXISTS (SELECT 1 FROM ticket_watcher p"
                + " WHERE p.ticket_id = ?1 AND p.username = u.username)")
        .setParameter(1, primary.getId())
        .setParameter(2, duplicate.getId())
        .setParameter(3, actor)
        .setParameter(4, at)
        .setParameter(5, duplicate.getRequester())
        .setParameter(6, primary.getRequester())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM ticket_watcher WHERE ticket_id = ?1")
        .setParameter(1, duplicate.getId())
        .executeUpdate();
  }

  /** The caller's name, if they are staff: the workbench is not for requesters (403). */
  private String staff() {
    if (!Roles.isStaff(session::isCallerInRole)) {
      throw new NotPermittedException(
          "ticket.staff.only", "Only service-desk staff can do this to a ticket");
    }
    return session.getCallerPrincipal().getName();
  }

  /** Staff read every ticket: 404 only when there is none, 412 when the caller's copy is old. */
  private Ticket load(String number, Long expectedVersion) {
    TicketNumber parsed = TicketNumber.parse(number);
    Ticket ticket =
        store.byNumber(parsed).orElseThrow(() -> new TicketNotFoundException(parsed.value()));
    ticket.requireVersion(expectedVersion);
    return ticket;
  }

  private static TicketDetails details(Ticket ticket) {
    EnumSet<TicketStatus> allowed = EnumSet.noneOf(TicketStatus.class);
    allowed.addAll(ticket.getStatus().allowedNext());
    return TicketDetails.of(ticket, allowed);
  }
}
