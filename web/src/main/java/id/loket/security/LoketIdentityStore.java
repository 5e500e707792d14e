package id.loket.security;

import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import id.loket.platform.LoketConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks user name and password against Loket's own user table; the groups are the roles.
 * Successful checks are remembered for {@code loket.security.credential-cache-seconds} (see {@link
 * CredentialCache}); 0 turns that off.
 */
@ApplicationScoped
public class LoketIdentityStore implements IdentityStore {

  @EJB UserDirectory users;
  @Inject Clock clock;

  @Inject LoketConfig config;

  private CredentialCache cache;

  @PostConstruct
  void init() {
    cache = new CredentialCache(config.credentialCache(), clock);
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    char[] password = credential.getPassword().getValue();
    if (username == null || password == null) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Optional<CallerIdentity> caller = cache.get(username, password);
    if (caller.isEmpty()) {
      caller = users.authenticate(username, password);
      caller.ifPresent(c -> cache.put(username, password, c));
    }
    return caller
        .map(
            c ->
                new CredentialValidationResult(
                    c.username(), c.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
