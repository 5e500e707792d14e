package id.loket.report.control;

import id.loket.report.entity.Subscription;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The digest tables' statements that JPQL does not say: the database's clock, the claim of due
 * subscriptions ({@code FOR UPDATE SKIP LOCKED} over the partial index on {@code next_at}: two
 * nodes never take the same row) and whether a period's digest exists.
 */
public final class DigestBook {

  private final EntityManager em;

  public DigestBook(EntityManager em) {
    this.em = em;
  }

  /** The database's clock, the same for every node. */
  public Instant now() {
    Object now = em.createNativeQuery("SELECT statement_timestamp()").getSingleResult();
    if (now instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (now instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return Instant.parse(now.toString());
  }

  /** Claims up to {@code limit} active subscriptions due at {@code now}, oldest due first. */
  @SuppressWarnings("unchecked")
  public List<Subscription> claimDue(Instant now, int limit) {
    return em.createNativeQuery(
            "SELECT * FROM report_subscription WHERE active AND next_at <= ?1"
                + " ORDER BY next_at LIMIT ?2 FOR UPDATE SKIP LOCKED",
            Subscription.class)
        .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .setParameter(2, limit)
        .getResultList();
  }

  /**
   * Whether the digest of {@code subscription} for the period ending at {@code periodTo} exists.
   */
  public boolean made(long subscription, Instant periodTo) {
    return !em.createNativeQuery(
            "SELECT 1 FROM report_digest WHERE subscription_id = ?1 AND period_to = ?2")
        .setParameter(1, subscription)
        .setParameter(2, OffsetDateTime.ofInstant(periodTo, ZoneOffset.UTC))
        .getResultList()
        .isEmpty();
  }
}
