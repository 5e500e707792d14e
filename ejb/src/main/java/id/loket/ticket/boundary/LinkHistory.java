package id.loket.ticket.boundary;

import id.loket.identity.entity.Roles;
import id.loket.ticket.entity.AuditEntry;
import id.loket.ticket.entity.Change;
import id.loket.ticket.entity.TicketNumber;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * The history lines of links between tickets, written on both tickets in the caller's transaction:
 * field {@value Change#FIELD_LINK}, value {@code <ROLE> <number>} (what the other ticket is to this
 * one). Links live in the workbench feature; the history is this feature's, so the workbench
 * records them here rather than writing audit rows itself. A link changes nothing a ticket says:
 * neither its version nor its "updated" time moves, and requesters do not see these lines ({@link
 * TicketService#history}).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class LinkHistory {

  /** What the other ticket is to this one. */
  public static final String RELATED = "RELATED";

  public static final String PARENT = "PARENT";
  public static final String CHILD = "CHILD";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /**
   * Records that {@code from} and {@code to} were linked ({@code added}) or unlinked; with {@code
   * parentChild}, {@code from} is the parent.
   */
  public void record(String from, String to, boolean parentChild, boolean added) {
    recordBy(from, to, parentChild, added, session.getCallerPrincipal().getName());
  }

  /**
   * As {@link #record}, for a link no signed-in caller made (a reply by mail to a closed ticket
   * opens a new one related to it): local callers name the actor.
   */
  @PermitAll
  public void recordBy(String from, String to, boolean parentChild, boolean added, String actor) {
    Instant now = clock.instant();
    write(from, parentChild ? CHILD : RELATED, to, added, actor, now);
    write(to, parentChild ? PARENT : RELATED, from, added, actor, now);
  }

  private void write(
      String number, String role, String other, boolean added, String actor, Instant at) {
    String value = role + " " + TicketNumber.parse(other).value();
    Change change =
        new Change(at, actor, Change.FIELD_LINK, added ? null : value, added ? value : null);
    em.persist(AuditEntry.of(id(number), change));
  }

  private long id(String number) {
    return em.createQuery("SELECT t.id FROM Ticket t WHERE t.number = :number", Long.class)
        .setParameter("number", TicketNumber.parse(number))
        .getSingleResult();
  }
}
