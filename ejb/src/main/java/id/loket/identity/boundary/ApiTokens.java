package id.loket.identity.boundary;

import id.loket.identity.control.TokenSecrets;
import id.loket.identity.entity.ApiToken;
import id.loket.identity.entity.Roles;
import id.loket.identity.entity.UserAccount;
import id.loket.shared.DomainException;
import id.loket.shared.DomainException.Kind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens: a signed-in user makes, lists and revokes their own; the API accepts them
 * as {@code Authorization: Bearer lkt_…} instead of a password.
 *
 * <p>A token acts with its owner's <em>current</em> roles and only while the owner is active: it
 * dies when the user is disabled, but survives a password change (a token is not derived from the
 * password, and scripts should not break because a person changed theirs). Revoke tokens on the
 * profile page, or disable the user, to end them.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class ApiTokens {

  /** Most usable tokens one user may hold (the profile page lists them all). */
  public static final int MAX_ACTIVE = 50;

  public static final int MAX_DAYS = 365;
  public static final int MAX_NAME = 100;

  /** last_used_at is written at most this often per token, not on every call. */
  private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /** The caller's tokens that are not revoked (usable and expired), newest first. */
  public List<TokenView> mine() {
    Instant now = clock.instant();
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.username = :me AND t.revokedAt IS NULL"
                + " ORDER BY t.createdAt DESC, t.id DESC",
            ApiToken.class)
        .setParameter("me", me())
        .setMaxResults(MAX_ACTIVE * 2)
        .getResultStream()
        .map(t -> view(t, now))
        .toList();
  }

  /** Makes a token for the caller, valid for {@code days} (1–365); the answer holds the secret. */
  public CreatedToken create(String name, int days) {
    String label = name == null ? "" : name.strip();
    if (label.isEmpty() || label.length() > MAX_NAME) {
      throw new DomainException(
          "token.name.invalid", "A token needs a name of 1 to 100 characters", MAX_NAME);
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new DomainException(
          "token.days.invalid", "A token is valid for 1 to 365 days", MAX_DAYS);
    }
    Instant now = clock.instant();
    Number usable =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM api_token WHERE username = ? AND revoked_at IS NULL"
                        + " AND expires_at > ?")
                .setParameter(1, me())
                .setParameter(2, utc(now))
                .getSingleResult();
    if (usable.longValue() >= MAX_ACTIVE) {
      throw new DomainException(
          Kind.CONFLICT,
          "token.limit",
          "At most " + MAX_ACTIVE + " tokens; revoke one first",
          MAX_ACTIVE);
    }
    TokenSecrets.Minted minted = TokenSecrets.mint();
    ApiToken token =
        new ApiToken(
            me(), label, minted.prefix(), minted.hash(), now, now.plus(Duration.ofDays(days)));
    em.persist(token);
    em.flush();
    return new CreatedToken(
        token.getId(),
        token.getName(),
        token.getPrefix(),
        token.getCreatedAt(),
        token.getExpiresAt(),
        minted.token());
  }

  /** Revokes one of the caller's tokens; another user's token is "not found". */
  public void revoke(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null || !token.getUsername().equals(me()) || token.getRevokedAt() != null) {
      throw new DomainException(Kind.NOT_FOUND, "token.notfound", "No token " + id, id);
    }
    token.revoke(clock.instant());
  }

  /**
   * Who a presented token belongs to, with their current roles; empty for anything that is not a
   * usable token of an active user. Used before anyone is signed in.
   */
  @PermitAll
  public Optional<CallerIdentity> authenticate(String presented) {
    Optional<TokenSecrets.Presented> parsed = TokenSecrets.parse(presented);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<ApiToken> token =
        em.createQuery("SELECT t FROM ApiToken t WHERE t.prefix = :p", ApiToken.class)
            .setParameter("p", parsed.get().prefix())
            .getResultStream()
            .findFirst()
            .filter(t -> TokenSecrets.sameHash(t.getTokenHash(), parsed.get().hash()))
            .filter(t -> t.isUsable(now));
    if (token.isEmpty()) {
      return Optional.empty();
    }
    UserAccount user = em.find(UserAccount.class, token.get().getUsername());
    if (user == null || !user.isActive()) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "UPDATE api_token SET last_used_at = ? WHERE id = ?"
                + " AND (last_used_at IS NULL OR last_used_at < ?)")
        .setParameter(1, utc(now))
        .setParameter(2, token.get().getId())
        .setParameter(3, utc(now.minus(USE_RESOLUTION)))
        .executeUpdate();
    return Optional.of(
        new CallerIdentity(user.getUsername(), user.getDisplayName(), user.getRoles()));
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static TokenView view(ApiToken t, Instant now) {
    return new TokenView(
        t.getId(),
        t.getName(),
        t.getPrefix(),
        t.getCreatedAt(),
        t.getExpiresAt(),
        t.getLastUsedAt(),
        !now.isBefore(t.getExpiresAt()));
  }
}
