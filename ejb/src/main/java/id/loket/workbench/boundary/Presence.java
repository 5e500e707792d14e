package id.loket.workbench.boundary;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Roles;
import id.loket.platform.LoketConfig;
import id.loket.shared.SqlValues;
import id.loket.ticket.boundary.TicketService;
import id.loket.workbench.entity.PresenceMode;
import id.loket.workbench.entity.PresenceWindow;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Who else has a ticket open. A staff member's page beats every ~20 s ({@link #beat}); whoever beat
 * within the {@link PresenceWindow} counts as here, so presence expires by itself when a tab
 * closes. The rows live in the database (one per ticket and user, upserted), so agents on two nodes
 * see each other; a sweep purges expired rows, idempotent on every node. Presence is not part of
 * the ticket (no version, no history).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Presence {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject LoketConfig config;
  @EJB TicketService tickets;
  @EJB UserDirectory directory;

  /**
   * The caller is on ticket {@code number} (404 unless they may see it), {@code mode}: VIEWING or
   * EDITING.
   *
   * @return the others who are here too
   */
  public List<PresenceView> beat(String number, @NotNull PresenceMode mode) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO ticket_presence (ticket_id, username, mode, seen_at) VALUES (?1, ?2, ?3, ?4)"
                + " ON CONFLICT (ticket_id, username)"
                + " DO UPDATE SET mode = EXCLUDED.mode, seen_at = EXCLUDED.seen_at")
        .setParameter(1, ticket)
        .setParameter(2, me())
        .setParameter(3, mode.name())
        .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    return others(ticket, now);
  }

  /** The others on ticket {@code number} now (404 unless the caller may see it). */
  public List<PresenceView> here(String number) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    return others(ticket, clock.instant());
  }

  /** The caller left the ticket's page. */
  public void leave(String number) {
    long ticket = Tickets.id(em, tickets.get(number).number());
    em.createNativeQuery("DELETE FROM ticket_presence WHERE ticket_id = ?1 AND username = ?2")
        .setParameter(1, ticket)
        .setParameter(2, me())
        .executeUpdate();
  }

  /** Purges expired rows (each node runs it; deleting what is already gone does nothing). */
  @Schedule(minute = "*", hour = "*", persistent = false, info = "presence sweep")
  @PermitAll
  public void sweep() {
    em.createNativeQuery("DELETE FROM ticket_presence WHERE seen_at <= ?1")
        .setParameter(1, OffsetDateTime.ofInstant(window().cutoff(clock.instant()), ZoneOffset.UTC))
        .executeUpdate();
  }

  private List<PresenceView> others(long ticket, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT username, mode, seen_at FROM ticket_presence"
                    + " WHERE ticket_id = ?1 AND username <> ?2 AND seen_at > ?3"
                    + " ORDER BY username LIMIT 20")
            .setParameter(1, ticket)
            .setParameter(2, me())
            .setParameter(3, OffsetDateTime.ofInstant(window().cutoff(now), ZoneOffset.UTC))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PresenceView(
                    (String) r[0],
                    directory.label((String) r[0]),
                    (String) r[1],
                    SqlValues.instant(r[2])))
        .toList();
  }

  private PresenceWindow window() {
    return new PresenceWindow(config.presenceWindow());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
