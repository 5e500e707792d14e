package id.loket.workbench.boundary;

import id.loket.ticket.boundary.LinkHistory;
import id.loket.workbench.entity.LinkKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Relates a new ticket to the closed one it follows up (a reply by mail to a closed ticket opens a
 * new ticket): a RELATED link and its history on both, made for a channel where no one is signed
 * in. Local callers only; staff link tickets through {@link TicketLinks}.
 */
@Stateless
@PermitAll
public class FollowUpLinks {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @EJB LinkHistory history;

  public void relate(
      long newTicket, String newNumber, long oldTicket, String oldNumber, String by) {
    long id =
        ((Number) em.createNativeQuery("SELECT nextval('ticket_link_seq')").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO ticket_link (id, from_ticket, to_ticket, kind, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, id)
        .setParameter(2, newTicket)
        .setParameter(3, oldTicket)
        .setParameter(4, LinkKind.RELATED.name())
        .setParameter(5, by)
        .setParameter(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
    history.recordBy(newNumber, oldNumber, false, true, by);
  }
}
