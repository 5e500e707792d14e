package id.loket.identity.boundary;

import id.loket.identity.control.DirectoryPolicy;
import id.loket.identity.control.DirectoryRules;
import id.loket.identity.entity.Role;
import id.loket.identity.entity.Roles;
import id.loket.identity.entity.UserAccount;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.NotPermittedException;
import id.loket.shared.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The directory as administrators keep it: find users by part of their user name or display name
 * and set their department and location, which routing rules on DEPARTMENT and LOCATION look at.
 * {@link DirectoryPolicy} says who may; every change names the version it is based on and is
 * refused as stale (412) otherwise, and is logged as who changed what.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class DirectoryAdmin {

  private static final Logger LOG = Logger.getLogger(DirectoryAdmin.class.getName());
  private static final DirectoryPolicy POLICY = new DirectoryPolicy();
  private static final int MAX_PAGE = 200;
  private static final int MAX_QUERY = 100;

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /**
   * Users by user name, at most {@code limit} (1–200) after the user name {@code after} (null: from
   * the first), whose user name or display name contains {@code query} (ignoring case; blank: all).
   */
  @SuppressWarnings("unchecked")
  public Page<DirectoryEntry> users(String query, String after, int limit) {
    if (!POLICY.mayBrowse(callerRoles())) {
      throw forbidden();
    }
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.length() > MAX_QUERY) {
      throw new InvalidFieldException("q", "directory.tooLong", MAX_QUERY);
    }
    int max = Math.max(1, Math.min(limit, MAX_PAGE));
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT username, display_name, active, department, location, version"
                    + " FROM app_user WHERE username > ?1"
                    + " AND lower(username || ' ' || display_name) LIKE ?2"
                    + " ORDER BY username LIMIT ?3")
            .setParameter(1, after == null ? "" : after)
            .setParameter(2, like)
            .setParameter(3, max + 1)
            .getResultList();
    List<DirectoryEntry> items = new ArrayList<>();
    for (Object[] row : rows.subList(0, Math.min(max, rows.size()))) {
      items.add(
          new DirectoryEntry(
              (String) row[0],
              (String) row[1],
              Boolean.TRUE.equals(row[2]),
              (String) row[3],
              (String) row[4],
              ((Number) row[5]).longValue()));
    }
    String next = rows.size() > max ? items.get(max - 1).username() : null;
    return new Page<>(items, next);
  }

  /** One user of the directory. */
  public DirectoryEntry user(String username) {
    if (!POLICY.mayBrowse(callerRoles())) {
      throw forbidden();
    }
    return entry(load(username, LockModeType.NONE));
  }

  /**
   * Sets the department and location of {@code username} (both, afterwards; null: unknown), based
   * on the user's version {@code expectedVersion}.
   */
  public DirectoryEntry place(String username, PlacementDraft draft, long expectedVersion) {
    if (!POLICY.mayPlace(callerRoles())) {
      throw forbidden();
    }
    UserAccount user = load(username, LockModeType.PESSIMISTIC_WRITE);
    if (user.getVersion() != expectedVersion) {
      throw DomainException.stale("directory.stale", username, expectedVersion, user.getVersion());
    }
    List<InvalidFieldException.Field> bad =
        DirectoryRules.problems(draft.getDepartment(), draft.getLocation());
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    String before = user.getDepartment() + " / " + user.getLocation();
    user.place(draft.getDepartment(), draft.getLocation());
    em.flush(); // the new version
    LOG.info(
        () ->
            session.getCallerPrincipal().getName()
                + " placed "
                + username
                + ": "
                + before
                + " -> "
                + draft.getDepartment()
                + " / "
                + draft.getLocation());
    return entry(user);
  }

  private UserAccount load(String username, LockModeType lock) {
    UserAccount user =
        username == null || username.length() > 64
            ? null
            : em.find(UserAccount.class, username, lock);
    if (user == null) {
      throw new DomainException(
          Kind.NOT_FOUND, "account.notfound", "No user " + username, username);
    }
    return user;
  }

  private Set<Role> callerRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role r : Role.values()) {
      if (session.isCallerInRole(r.name())) {
        roles.add(r);
      }
    }
    return roles;
  }

  static DirectoryEntry entry(UserAccount u) {
    return new DirectoryEntry(
        u.getUsername(),
        u.getDisplayName(),
        u.isActive(),
        u.getDepartment(),
        u.getLocation(),
        u.getVersion());
  }

  private static NotPermittedException forbidden() {
    return new NotPermittedException(
        "directory.forbidden", "Only administrators may read or change the directory");
  }
}
