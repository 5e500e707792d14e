package id.loket.notification.boundary;

import id.loket.identity.entity.Roles;
import id.loket.notification.entity.Notification;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A person's own notifications. Nobody reads anybody else's. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Notifications {

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** At most {@code max} (1–200) of the caller's notifications, newest first. */
  public List<NotificationView> mine(int max) {
    return em
        .createQuery(
            "SELECT n FROM Notification n WHERE n.recipient = :me ORDER BY n.createdAt DESC, n.id DESC",
            Notification.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setMaxResults(Math.max(1, Math.min(max, 200)))
        .getResultList()
        .stream()
        .map(
            n ->
                new NotificationView(
                    n.getKind(), n.getTicketNumber(), n.getCreatedAt(), n.getReadAt() != null))
        .toList();
  }
}
