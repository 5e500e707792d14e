package id.loket.identity.boundary;

import id.loket.identity.control.PasswordHashing;
import id.loket.identity.entity.Role;
import id.loket.identity.entity.Roles;
import id.loket.identity.entity.UserAccount;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Administration of user accounts. Every change that takes something away (disabling, a new
 * password, other roles) replaces the user's security stamp, which ends their sessions and cached
 * credentials on every node within {@code loket.security.stamp-cache-seconds}.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<SecurityStampChanged> stampChanged;

  /**
   * The user can no longer sign in; sessions, cached passwords and API tokens stop working. Their
   * tokens are revoked for good: enabling the user again does not bring them back.
   */
  public void disable(String username) {
    change(username, UserAccount::disable);
    em.createNativeQuery(
            "UPDATE api_token SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL")
        .setParameter(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .setParameter(2, username)
        .executeUpdate();
  }

  /** The user may sign in again; give them a new password with {@link #changePassword}. */
  public void enable(String username) {
    load(username).enable();
  }

  /** Sets a new password (API tokens stay valid: they do not depend on the password). */
  public void changePassword(String username, char[] newPassword) {
    if (newPassword == null || newPassword.length < 8) {
      throw new DomainException(
          "account.password.short", "A password needs at least 8 characters", 8);
    }
    String hash = PasswordHashing.hash(newPassword);
    change(username, user -> user.changePasswordHash(hash));
  }

  /** Replaces the user's roles (at least one). */
  public void changeRoles(String username, Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new DomainException("account.roles.empty", "A user needs at least one role");
    }
    change(username, user -> user.changeRoles(roles));
  }

  /** Applies {@code change}; when it replaced the stamp, tells this node's caches after commit. */
  private void change(String username, Consumer<UserAccount> change) {
    UserAccount user = load(username);
    String before = user.getSecurityStamp();
    change.accept(user);
    if (!before.equals(user.getSecurityStamp())) {
      stampChanged.fire(new SecurityStampChanged(user.getUsername()));
    }
  }

  private UserAccount load(String username) {
    UserAccount user =
        username == null
            ? null
            : em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null) {
      throw new DomainException(
          Kind.NOT_FOUND, "account.notfound", "No user " + username, username);
    }
    return user;
  }
}
