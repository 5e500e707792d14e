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

  public Optional<CallerIdentity> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username)).map(UserDirectory::toIdentity);
  }

  private static CallerIdentity toIdentity(UserAccount user) {
    return new CallerIdentity(user.getUsername(), user.getDisplayName(), user.getRoles());
  }
}
