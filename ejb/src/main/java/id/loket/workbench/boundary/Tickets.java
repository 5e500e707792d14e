package id.loket.workbench.boundary;

import jakarta.persistence.EntityManager;

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
}
