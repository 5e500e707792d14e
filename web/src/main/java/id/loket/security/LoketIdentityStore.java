package id.loket.security;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks user name and password against Loket's own user table; the groups are the roles. Caching,
 * throttling and the cap on concurrent hashing happen in front of every store, in {@link SignIn}.
 */
@ApplicationScoped
public class LoketIdentityStore implements IdentityStore {

  @EJB UserDirectory users;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    char[] password = credential.getPassword().getValue();
    if (username == null || password == null) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return users
        .authenticate(username, password)
        .map(
            c ->
                new CredentialValidationResult(
                    c.username(), c.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
