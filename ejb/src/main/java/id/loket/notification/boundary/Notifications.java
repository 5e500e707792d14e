package id.loket.notification.boundary;

import id.loket.identity.entity.Roles;
import id.loket.notification.entity.Notification;
import id.loket.shared.Keyset;
import id.loket.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A person's own notifications: read page by page (newest first, keyset on (created_at, id)),
 * counted while unread, marked read. Nobody reads or marks anybody else's: every statement is bound
 * to the caller.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Notifications {

  public static final int MAX_PAGE = 200;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /** At most {@code max} (1–200) of the caller's notifications, newest first. */
  public List<NotificationView> mine(int max) {
    return page(null, max).items();
  }

  /**
   * One page of the caller's notifications, newest first: at most {@code limit} (1–200) older than
   * the cursor {@code before} (null: from the newest).
   */
  @SuppressWarnings("unchecked")
  public Page<NotificationView> page(String before, int limit) {
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    Keyset from = Keyset.parse(before);
    List<Notification> rows =
        em.createNativeQuery(
                "SELECT * FROM notification WHERE recipient = ?1 AND (created_at, id) < (?2, ?3)"
                    + " ORDER BY created_at DESC, id DESC LIMIT ?4",
                Notification.class)
            .setParameter(1, me())
            .setParameter(2, OffsetDateTime.ofInstant(from.at(), ZoneOffset.UTC))
            .setParameter(3, from.id())
            .setParameter(4, max + 1)
            .getResultList();
    boolean more = rows.size() > max;
    List<Notification> shown = more ? rows.subList(0, max) : rows;
    Notification last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
    return new Page<>(
        shown.stream().map(Notifications::view).toList(),
        more ? Keyset.of(last.getCreatedAt(), last.getId()) : null);
  }

  /** How many of the caller's notifications are unread (served by a partial index). */
  public long unread() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notification WHERE recipient = ?1 AND read_at IS NULL")
                .setParameter(1, me())
                .getSingleResult())
        .longValue();
  }

  /** Marks those of {@code ids} that are the caller's read; others' ids are ignored. */
  public int markRead(List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return 0;
    }
    return update("n.id IN :value", ids.stream().distinct().limit(MAX_PAGE).toList());
  }

  /** Marks the caller's notifications about ticket {@code number} read (the ticket was opened). */
  public int markReadFor(String number) {
    return number == null ? 0 : update("n.ticketNumber = :value", number);
  }

  /** Marks all of the caller's notifications read. */
  public int markAllRead() {
    return update("n.recipient = :value", me());
  }

  private int update(String condition, Object value) {
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now"
                + " WHERE n.recipient = :me AND n.readAt IS NULL AND "
                + condition)
        .setParameter("now", clock.instant())
        .setParameter("me", me())
        .setParameter("value", value)
        .executeUpdate();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static NotificationView view(Notification n) {
    return new NotificationView(
        n.getId(),
        n.getKind(),
        n.getTicketNumber(),
        n.getDetail(),
        n.getCreatedAt(),
        n.getReadAt() != null);
  }
}
