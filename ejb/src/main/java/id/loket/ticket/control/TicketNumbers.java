package id.loket.ticket.control;

import id.loket.ticket.entity.TicketNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Hands out ticket numbers from the database sequence {@code ticket_number_seq}, so that any number
 * of nodes never hand out the same one. The year in the number is the UTC year of creation; the
 * sequence runs on across years.
 */
@ApplicationScoped
public class TicketNumbers {

  @PersistenceContext EntityManager em;

  public TicketNumber next(Instant now) {
    long sequence =
        ((Number) em.createNativeQuery("SELECT nextval('ticket_number_seq')").getSingleResult())
            .longValue();
    return TicketNumber.of(now.atZone(ZoneOffset.UTC).getYear(), sequence);
  }
}
