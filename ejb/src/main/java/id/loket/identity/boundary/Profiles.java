package id.loket.identity.boundary;

import id.loket.identity.control.PasswordHashing;
import id.loket.identity.control.PasswordPolicy;
import id.loket.identity.entity.Roles;
import id.loket.identity.entity.UserAccount;
import id.loket.platform.LoketConfig;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import id.loket.shared.InvalidFieldException;
import id.loket.shared.InvalidFieldException.Field;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A signed-in user's own profile: e-mail, language, time zone, and their password. Everyone may
 * change only their own (the caller), with the version they read; a new password needs the current
 * one and replaces the security stamp, which ends the user's other sessions and cached passwords.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Profiles {

  /** The languages of the pages. */
  public static final Set<String> LANGUAGES = Set.of("en", "id");

  /**
   * Deliberately plain: one {@code @}, a dot in the domain, no spaces or angle brackets. Whether it
   * is reachable only a mail can tell.
   */
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:\\[\\]]+\\.[^@\\s<>\"(),;:\\[\\]]{2,}$");

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject LoketConfig config;
  @Inject Event<SecurityStampChanged> stampChanged;

  public ProfileView mine() {
    return view(load(LockModeType.NONE));
  }

  public ProfileView update(@NotNull @Valid ProfileChange change) {
    UserAccount me = load(LockModeType.NONE);
    if (change.getVersion() != me.getVersion()) {
      throw DomainException.stale(
          "profile.stale", me.getUsername(), change.getVersion(), me.getVersion());
    }
    List<Field> bad = new ArrayList<>();
    String email = change.getEmail();
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      bad.add(new Field("email", "profile.email.invalid"));
    }
    String language = change.getLanguage();
    if (language != null && !LANGUAGES.contains(language)) {
      bad.add(new Field("language", "profile.language.invalid", String.join(", ", LANGUAGES)));
    }
    String zone = change.getTimeZone();
    if (zone != null && !isZone(zone)) {
      bad.add(new Field("timeZone", "profile.timeZone.invalid"));
    }
    if (!bad.isEmpty()) {
      throw new InvalidFieldException(bad);
    }
    me.changeSettings(email, language, zone);
    em.flush(); // the new version
    return view(me);
  }

  /**
   * Replaces the caller's password.
   *
   * @return the user's new security stamp, for the session that made the change to stay signed in
   */
  public String changePassword(@NotNull @Valid PasswordChange change) {
    UserAccount me = load(LockModeType.PESSIMISTIC_WRITE);
    if (!PasswordHashing.verify(change.getCurrentPassword().toCharArray(), me.getPasswordHash())) {
      throw new InvalidFieldException("currentPassword", "profile.password.current.wrong");
    }
    List<String> problems =
        PasswordPolicy.problems(me.getUsername(), change.getNewPassword().toCharArray());
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(
          problems.stream()
              .map(
                  key ->
                      new Field(
                          "newPassword",
                          key,
                          PasswordPolicy.KEY_SHORT.equals(key)
                              ? PasswordPolicy.MIN_LENGTH
                              : PasswordPolicy.MAX_LENGTH))
              .toList());
    }
    me.changePasswordHash(PasswordHashing.hash(change.getNewPassword().toCharArray()));
    stampChanged.fire(new SecurityStampChanged(me.getUsername()));
    return me.getSecurityStamp();
  }

  /** Whether {@code zone} is a region id Java knows ({@code Asia/Jakarta}, {@code UTC}). */
  public static boolean isZone(String zone) {
    return zone != null && ZoneId.getAvailableZoneIds().contains(zone);
  }

  private UserAccount load(LockModeType lock) {
    String name = session.getCallerPrincipal().getName();
    UserAccount user = em.find(UserAccount.class, name, lock);
    if (user == null) {
      throw new DomainException(Kind.NOT_FOUND, "account.notfound", "No user " + name, name);
    }
    return user;
  }

  private ProfileView view(UserAccount user) {
    return new ProfileView(
        user.getUsername(),
        user.getDisplayName(),
        user.getEmail(),
        user.getLocale(),
        user.getTimeZone(),
        user.getTimeZone() == null ? config.displayZone().getId() : user.getTimeZone(),
        user.getVersion());
  }
}
