package id.loket.mail.boundary;

import id.loket.identity.entity.Roles;
import id.loket.mail.entity.OutboundMail;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.Keyset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outbound mails for administrators: what was sent, what waits (and why: the last error), what
 * was given up on; newest first, a page at a time, optionally of one status. A FAILED mail may be
 * sent once more, when the cause (a wrong address, a server that refused it) is fixed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class MailOutbound {

  public static final int MAX_PAGE = 200;
  private static final Set<String> STATUSES =
      Set.of(OutboundMail.PENDING, OutboundMail.SENT, OutboundMail.FAILED);

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * Mails older than the cursor {@code before} (null: from the newest), of {@code status} (null:
   * all), at most {@code limit} (1–200).
   */
  public OutboundMailPage list(String status, String before, int limit) {
    String s = status == null || status.isBlank() ? null : status.strip();
    if (s != null && !STATUSES.contains(s)) {
      throw new DomainException(
          Kind.MALFORMED, "mail.status.invalid", "Not a mail status: " + status, status);
    }
    Keyset from = Keyset.parse(before);
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    TypedQuery<OutboundMail> query =
        em.createQuery(
            "SELECT m FROM OutboundMail m WHERE "
                + (s == null ? "" : "m.status = :status AND ")
                + "(m.createdAt < :at OR (m.createdAt = :at AND m.id < :id))"
                + " ORDER BY m.createdAt DESC, m.id DESC",
            OutboundMail.class);
    if (s != null) {
      query.setParameter("status", s);
    }
    List<OutboundMail> rows =
        query
            .setParameter("at", from.at())
            .setParameter("id", from.id())
            .setMaxResults(max + 1)
            .getResultList();
    boolean more = rows.size() > max;
    List<OutboundMail> shown = more ? rows.subList(0, max) : rows;
    OutboundMail last = more ? shown.get(max - 1) : null;
    return new OutboundMailPage(
        shown.stream().map(MailOutbound::view).toList(),
        last == null ? null : Keyset.of(last.getCreatedAt(), last.getId()),
        counts());
  }

  /** How many mails there are per status. */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String s : List.of(OutboundMail.PENDING, OutboundMail.SENT, OutboundMail.FAILED)) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "SELECT m.status, COUNT(m) FROM OutboundMail m GROUP BY m.status", Object[].class)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** Sends a FAILED mail once more, from now on, with a fresh set of attempts. */
  public OutboundMailView retry(long id) {
    OutboundMail mail = em.find(OutboundMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (mail == null) {
      throw new DomainException(Kind.NOT_FOUND, "mail.notfound", "No outbound mail " + id, id);
    }
    if (!mail.retry(clock.instant())) {
      throw new DomainException(
          Kind.CONFLICT,
          "mail.notretryable",
          "Outbound mail " + id + " is " + mail.getStatus() + ", not FAILED",
          id);
    }
    em.flush();
    return view(mail);
  }

  static OutboundMailView view(OutboundMail m) {
    return new OutboundMailView(
        m.getId(),
        m.getKind(),
        m.getTicketNumber(),
        m.getRecipient(),
        m.getLanguage(),
        m.getSubject(),
        m.getMessageId(),
        m.getStatus(),
        m.getAttempts(),
        m.getNextAttemptAt(),
        m.getLastError(),
        m.getCreatedAt(),
        m.getSentAt(),
        OutboundMail.FAILED.equals(m.getStatus()));
  }
}
