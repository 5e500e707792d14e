package id.loket.identity.boundary;

import id.loket.identity.control.PasswordHashing;
import id.loket.identity.entity.Role;
import id.loket.identity.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks credentials against the users stored in Loket's database. Used by the identity store
 * before anyone is signed in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class UserDirectory {

  /**
   * Verified when the user does not exist, so that a wrong name costs as much as a wrong password.
   */
  private static final String DUMMY_HASH = PasswordHashing.hash("not-a-password".toCharArray());

  @PersistenceContext EntityManager em;

  public Optional<CallerIdentity> authenticate(String username, char[] password) {
    UserAccount user = username == null ? null : em.find(UserAccount.class, username.strip());
    if (user == null || !user.isActive()) {
      PasswordHashing.verify(password, DUMMY_HASH);
      return Optional.empty();
    }
    if (!PasswordHashing.verify(password, user.getPasswordHash())) {
      return Optional.empty();
    }
    return Optional.of(toIdentity(user));
  }

  /** How many users exist (any state). */
  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  /** Creates a user with a PBKDF2 hash of {@code password}; for set-up and demo data. */
  public void create(
      String username,
      String displayName,
      String email,
      char[] password,
      String locale,
      Set<Role> roles,
      Instant now) {
    em.persist(
        new UserAccount(
            username, displayName, email, PasswordHashing.hash(password), locale, roles, now));
  }

  /**
   * Sets a user's department and location without asking who calls: for set-up and demo data only
   * (administrators use {@link DirectoryAdmin#place}).
   */
  public void seedPlacement(String username, String department, String location) {
    UserAccount user = em.find(UserAccount.class, username);
    if (user != null) {
      user.place(department, location);
    }
  }

  /**
   * Where {@code username} sits in the organisation, for routing their tickets; {@link
   * Placement#UNKNOWN} for an unknown user.
   */
  public Placement placement(String username) {
    if (username == null || username.isEmpty() || username.length() > 64) {
      return Placement.UNKNOWN;
    }
    UserAccount user = em.find(UserAccount.class, username);
    return user == null
        ? Placement.UNKNOWN
        : new Placement(user.getDepartment(), user.getLocation());
  }

  /**
   * The user's current security stamp, read from the database (never a cache, so that a change made
   * by another node or an external tool is seen); empty when the user is disabled or unknown.
   */
  public Optional<String> currentStamp(String username) {
    return em.createQuery(
            "SELECT u.securityStamp FROM UserAccount u WHERE u.username = :u AND u.active = TRUE",
            String.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<CallerIdentity> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username)).map(UserDirectory::toIdentity);
  }

  /**
   * Whether {@code username} names an active user with a staff role (agent, team lead, manager,
   * admin): the people a ticket may be assigned to.
   */
  public boolean isActiveStaff(String username) {
    if (username == null || username.isEmpty() || username.length() > 64) {
      return false;
    }
    UserAccount user = em.find(UserAccount.class, username);
    return user != null && user.isActive() && user.getRoles().stream().anyMatch(Role::isStaff);
  }

  /** Whether {@code username} names an active user (any role). */
  public boolean isActive(String username) {
    if (username == null || username.isEmpty() || username.length() > 64) {
      return false;
    }
    UserAccount user = em.find(UserAccount.class, username);
    return user != null && user.isActive();
  }

  /**
   * Active users whose user name or display name starts with {@code prefix} (case-insensitive), by
   * user name, at most {@code max} (≤ 50): for pickers (phone intake, a form's user field, a
   * ticket's watchers).
   */
  public java.util.List<CallerIdentity> activeUsers(String prefix, int max) {
    String p = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
    if (p.length() > 64) {
      return java.util.List.of();
    }
    String like = p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.active = TRUE AND (LOWER(u.username) LIKE :p"
                + " OR LOWER(u.displayName) LIKE :p) ORDER BY u.username",
            UserAccount.class)
        .setParameter("p", like)
        .setMaxResults(Math.max(1, Math.min(max, 50)))
        .getResultStream()
        .map(UserDirectory::toIdentity)
        .toList();
  }

  /** How to name a user to people: "Budi Santoso (budi)", or the bare name of an unknown user. */
  public String label(String username) {
    return find(username).map(u -> u.displayName() + " (" + u.username() + ")").orElse(username);
  }

  /**
   * The language {@code username} chose ({@code en} or {@code id}), if any: canned responses
   * default to the requester's.
   */
  public Optional<String> language(String username) {
    if (username == null || username.isEmpty() || username.length() > 64) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(UserAccount.class, username))
        .map(UserAccount::getLocale)
        .filter(l -> !l.isBlank())
        .map(l -> l.substring(0, Math.min(2, l.length())));
  }

  /** The active users who hold {@code role}, by name (escalation recipients). */
  @SuppressWarnings("unchecked")
  public java.util.List<String> withRole(String role) {
    return em.createNativeQuery(
            "SELECT u.username FROM app_user u JOIN user_role r ON r.username = u.username"
                + " WHERE r.role = ?1 AND u.active ORDER BY u.username")
        .setParameter(1, role)
        .getResultList();
  }

  /** The e-mail address of an active user, if they have one (mail goes there). */
  public Optional<String> emailOf(String username) {
    if (username == null || username.isEmpty() || username.length() > 64) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(UserAccount.class, username))
        .filter(UserAccount::isActive)
        .map(UserAccount::getEmail)
        .map(String::strip)
        .filter(e -> !e.isEmpty());
  }

  /**
   * The active user whose address is {@code address} (case-insensitive; the first by name when
   * several share one), for mail that reaches the desk.
   */
  @SuppressWarnings("unchecked")
  public Optional<String> byEmail(String address) {
    if (address == null || address.isBlank() || address.length() > 254) {
      return Optional.empty();
    }
    java.util.List<String> found =
        em.createNativeQuery(
                "SELECT username FROM app_user WHERE lower(email) = lower(?1) AND active"
                    + " ORDER BY username LIMIT 1")
            .setParameter(1, address.strip())
            .getResultList();
    return found.stream().findFirst();
  }

  /**
   * Creates a requester for someone who wrote to the desk from an address Loket does not know: the
   * name comes from the address's local part (made unique), the password is random and unknown to
   * anyone (an administrator sets one when the person wants to use the portal).
   *
   * @return the new user's name
   */
  public String createRequester(String address, String displayName, Instant now) {
    String email = address.strip().toLowerCase(java.util.Locale.ROOT);
    String base =
        email.substring(0, Math.max(0, email.indexOf('@'))).replaceAll("[^a-z0-9._-]", "");
    if (base.isEmpty()) {
      base = "mail";
    }
    base = base.substring(0, Math.min(base.length(), 48));
    String username = base;
    for (int n = 2; em.find(UserAccount.class, username) != null; n++) {
      username = base + "-" + n;
    }
    String name = displayName == null || displayName.isBlank() ? email : displayName.strip();
    create(
        username,
        name.substring(0, Math.min(200, name.length())),
        email,
        java.util.UUID.randomUUID().toString().toCharArray(),
        null,
        Set.of(Role.REQUESTER),
        now);
    em.flush();
    return username;
  }

  private static CallerIdentity toIdentity(UserAccount user) {
    return new CallerIdentity(user.getUsername(), user.getDisplayName(), user.getRoles());
  }
}
