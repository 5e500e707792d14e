package id.loket.security;

import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks user name and password against Loket's own user table; the groups are the roles. */
@ApplicationScoped
public class LoketIdentityStore implements IdentityStore {

  @EJB UserDirectory users;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return users
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(
            caller ->
                new CredentialValidationResult(
                    caller.username(), caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
