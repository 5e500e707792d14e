package id.loket.it.probe;

import id.loket.identity.boundary.Accounts;
import id.loket.identity.boundary.UserDirectory;
import id.loket.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.EnumSet;

/**
 * Test-only probe for the sign-in tests: makes fresh users (so that throttling and disabling never
 * touch the demo users other tests sign in as) and calls the {@link Accounts} boundary as the
 * signed-in caller (an administrator). Never part of a build that ships.
 */
@Path("it-accounts")
@RequestScoped
public class AccountsProbe {

  @Inject UserDirectory users;
  @Inject Accounts accounts;

  @POST
  @Path("create")
  public void create(
      @QueryParam("username") String username,
      @QueryParam("password") String password,
      @QueryParam("role") Role role) {
    users.create(
        username,
        "IT " + username,
        username + "@loket.example",
        password.toCharArray(),
        "en",
        EnumSet.of(role),
        Instant.now());
  }

  @POST
  @Path("disable")
  public void disable(@QueryParam("username") String username) {
    accounts.disable(username);
  }

  @POST
  @Path("enable")
  public void enable(
      @QueryParam("username") String username, @QueryParam("password") String password) {
    accounts.enable(username);
    accounts.changePassword(username, password.toCharArray());
  }

  @POST
  @Path("password")
  public void password(
      @QueryParam("username") String username, @QueryParam("password") String password) {
    accounts.changePassword(username, password.toCharArray());
  }
}
