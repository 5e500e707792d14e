package id.loket.queue.boundary;

import id.loket.identity.entity.Roles;
import id.loket.queue.entity.SavedView;
import id.loket.queue.entity.ViewDefinition;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * An agent's saved views: private to their owner (someone else's is a 404), at most {@link
 * #MAX_PER_OWNER} each, names unique per owner (409), every change and removal based on the version
 * the caller read (412 when it moved on).
 */
@Stateless
@DeclareRoles({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class SavedViews {

  public static final int MAX_PER_OWNER = 50;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /** The caller's views by name (at most {@link #MAX_PER_OWNER}: one short index range). */
  public List<SavedViewInfo> mine() {
    return em
        .createQuery(
            "SELECT v FROM SavedView v WHERE v.owner = :me ORDER BY v.name, v.id", SavedView.class)
        .setParameter("me", me())
        .setMaxResults(MAX_PER_OWNER)
        .getResultList()
        .stream()
        .map(SavedViews::info)
        .toList();
  }

  public SavedViewInfo get(long id) {
    return info(load(id, null));
  }

  public SavedViewInfo create(SavedViewData data) {
    String name = name(data);
    ViewDefinition definition = ViewDefinition.of(data.definition());
    long owned =
        em.createQuery("SELECT COUNT(v) FROM SavedView v WHERE v.owner = :me", Long.class)
            .setParameter("me", me())
            .getSingleResult();
    if (owned >= MAX_PER_OWNER) {
      throw new DomainException(
          Kind.CONFLICT, "queue.view.too-many", "At most " + MAX_PER_OWNER, MAX_PER_OWNER);
    }
    requireFreeName(name, null);
    SavedView view = new SavedView(me(), name, definition, clock.instant());
    em.persist(view);
    em.flush();
    return info(view);
  }

  /** Renames and/or redefines a view the caller read at {@code expectedVersion}. */
  public SavedViewInfo change(long id, SavedViewData data, long expectedVersion) {
    String name = name(data);
    ViewDefinition definition = ViewDefinition.of(data.definition());
    SavedView view = load(id, expectedVersion);
    requireFreeName(name, view.getId());
    view.change(name, definition, clock.instant());
    em.flush();
    return info(view);
  }

  public void delete(long id, long expectedVersion) {
    em.remove(load(id, expectedVersion));
    em.flush();
  }

  private SavedView load(long id, Long expectedVersion) {
    SavedView view = em.find(SavedView.class, id);
    if (view == null || !view.isOwnedBy(me())) {
      throw new DomainException(Kind.NOT_FOUND, "queue.view.not-found", "No saved view " + id, id);
    }
    if (expectedVersion != null && expectedVersion != view.getVersion()) {
      throw DomainException.stale(
          "queue.view.stale", view.getName(), expectedVersion, view.getVersion());
    }
    return view;
  }

  private void requireFreeName(String name, Long self) {
    List<Long> taken =
        em.createQuery(
                "SELECT v.id FROM SavedView v WHERE v.owner = :me AND v.name = :name", Long.class)
            .setParameter("me", me())
            .setParameter("name", name)
            .getResultList();
    if (taken.stream().anyMatch(id -> !id.equals(self))) {
      throw new DomainException(
          Kind.CONFLICT, "queue.view.name.taken", "A view named " + name + " exists", name);
    }
  }

  private static String name(SavedViewData data) {
    String name = data == null || data.name() == null ? "" : data.name().strip();
    if (name.isEmpty() || name.length() > SavedView.MAX_NAME) {
      throw new InvalidFieldException("name", "queue.view.name.invalid", SavedView.MAX_NAME);
    }
    if (data.definition() == null) {
      throw new InvalidFieldException("definition", "queue.view.definition.invalid");
    }
    return name;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static SavedViewInfo info(SavedView v) {
    return new SavedViewInfo(
        v.getId(), v.getName(), v.getDefinition().toJsonObject(), v.getUpdatedAt(), v.getVersion());
  }
}
