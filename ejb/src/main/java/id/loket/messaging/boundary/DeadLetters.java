package id.loket.messaging.boundary;

import id.loket.identity.entity.Roles;
import id.loket.messaging.entity.DeadLetter;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Dead letters for administrators: the open ones newest first, page by page, and a retry that
 * re-publishes the event under its own id through the outbox (consumers that already acted on it
 * skip it). A retry names the version it was based on; a stale one is refused.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DeadLetters {

  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @EJB Outbox outbox;
  @EJB MessagingStatus messaging;

  /** How events flow (broker, backlog, dead letters), for administrators. */
  public MessagingStatus.Snapshot status() {
    return messaging.snapshot();
  }

  /**
   * Open dead letters with an id below {@code before} (null: from the newest), newest first, at
   * most {@code limit} (1–200); {@code next} is the id to pass as {@code before} for the next page.
   */
  public Page<DeadLetterView> open(Long before, int limit) {
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    List<DeadLetterView> rows =
        em
            .createQuery(
                "SELECT d FROM DeadLetter d WHERE d.retriedAt IS NULL AND d.id < :before"
                    + " ORDER BY d.id DESC",
                DeadLetter.class)
            .setParameter("before", before == null ? Long.MAX_VALUE : before)
            .setMaxResults(max + 1)
            .getResultList()
            .stream()
            .map(DeadLetters::view)
            .toList();
    boolean more = rows.size() > max;
    List<DeadLetterView> shown = more ? rows.subList(0, max) : rows;
    return new Page<>(shown, more ? Long.toString(shown.get(max - 1).id()) : null);
  }

  /** How many dead letters wait for an administrator. */
  public long openCount() {
    return em.createQuery("SELECT COUNT(d) FROM DeadLetter d WHERE d.retriedAt IS NULL", Long.class)
        .getSingleResult();
  }

  public DeadLetterView retry(long id, long version) {
    DeadLetter letter = em.find(DeadLetter.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (letter == null) {
      throw new DomainException(Kind.NOT_FOUND, "deadletter.notfound", "No dead letter " + id, id);
    }
    if (letter.getVersion() != version) {
      throw DomainException.stale("deadletter.stale", id, version, letter.getVersion());
    }
    if (!letter.isRetryable()) {
      throw new DomainException(
          Kind.CONFLICT,
          "deadletter.notretryable",
          "Dead letter " + id + " was retried already or carries no event",
          id);
    }
    EventEnvelope event = EventEnvelope.fromJson(letter.getBody());
    outbox.republish(
        event.eventId(), event.aggregateType(), event.key(), event.type(), event.data().toString());
    letter.markRetried(session.getCallerPrincipal().getName(), clock.instant());
    em.flush();
    return view(letter);
  }

  static DeadLetterView view(DeadLetter d) {
    return new DeadLetterView(
        d.getId(),
        d.getConsumer(),
        d.getDestination(),
        d.getEventId(),
        d.getEventType(),
        d.getBody(),
        d.getError(),
        d.getAttempts(),
        d.getFailedAt(),
        d.getRetriedAt(),
        d.getRetriedBy(),
        d.isRetryable(),
        d.getVersion());
  }
}
