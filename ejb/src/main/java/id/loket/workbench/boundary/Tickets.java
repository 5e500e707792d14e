package id.loket.workbench.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Small helpers over rows that refer to tickets (the caller has already checked access). */
final class Tickets {

  private Tickets() {}

  /**
   * The database id of the ticket with the canonical {@code number} (as the ticket feature says).
   */
  static long id(EntityManager em, String number) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM ticket WHERE number = ?1")
                .setParameter(1, number)
                .getSingleResult())
        .longValue();
  }

  /** A timestamp column as the driver hands it over. */
  static Instant instant(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("Not a timestamp: " + value);
  }
}
