package id.loket.mail.boundary;

import id.loket.mail.control.OutgoingMail;
import id.loket.mail.entity.OutboundMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sender's transactions, each short and on its own: claiming due mails (the database's clock
 * decides what is due; {@code FOR UPDATE SKIP LOCKED}, so nodes drain side by side and never take
 * the same mail) and leasing them for two minutes, so that a node that dies while sending leaves
 * them to be tried again; then, per mail, what became of it. No transaction is open while SMTP is
 * spoken.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailDrain {

  /** How long a claimed mail is held by the node that claimed it. */
  static final String LEASE = "2 minutes";

  @PersistenceContext EntityManager em;

  /** Claims and leases at most {@code max} due pending mails, the longest due first. */
  @SuppressWarnings("unchecked")
  public List<OutgoingMail> claim(int max) {
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_out WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= statement_timestamp()"
                    + " ORDER BY next_attempt_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    String in =
        ids.stream().map(n -> Long.toString(n.longValue())).collect(Collectors.joining(","));
    em.createNativeQuery(
            "UPDATE mail_out SET next_attempt_at = statement_timestamp() + INTERVAL '"
                + LEASE
                + "' WHERE id IN ("
                + in
                + ")")
        .executeUpdate();
    return em
        .createQuery(
            "SELECT m FROM OutboundMail m WHERE m.id IN :ids ORDER BY m.nextAttemptAt, m.id",
            OutboundMail.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList()
        .stream()
        .map(
            m ->
                new OutgoingMail(
                    m.getId(),
                    m.getRecipient(),
                    m.getLanguage(),
                    m.getSubject(),
                    m.getBody(),
                    m.getMessageId(),
                    m.getInReplyTo(),
                    m.getReferences(),
                    m.getReplyTo(),
                    m.getTicketNumber()))
        .toList();
  }

  /** The server took mail {@code id}. */
  public void sent(long id) {
    OutboundMail mail = em.find(OutboundMail.class, id);
    if (mail != null && OutboundMail.PENDING.equals(mail.getStatus())) {
      mail.sent(databaseNow());
    }
  }

  /** An attempt at mail {@code id} failed: it waits, or is FAILED after the last attempt. */
  public void failed(long id, String error, int maxAttempts, Duration retryBase) {
    OutboundMail mail = em.find(OutboundMail.class, id);
    if (mail != null && OutboundMail.PENDING.equals(mail.getStatus())) {
      mail.failed(error, databaseNow(), maxAttempts, retryBase);
    }
  }

  private Instant databaseNow() {
    Object now = em.createNativeQuery("SELECT statement_timestamp()").getSingleResult();
    if (now instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (now instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return Instant.parse(now.toString());
  }
}
