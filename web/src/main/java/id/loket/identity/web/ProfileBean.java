package id.loket.identity.web;

import id.loket.identity.boundary.ApiTokens;
import id.loket.identity.boundary.CallerIdentity;
import id.loket.identity.boundary.CreatedToken;
import id.loket.identity.boundary.NewToken;
import id.loket.identity.boundary.Placement;
import id.loket.identity.boundary.TokenView;
import id.loket.identity.boundary.UserDirectory;
import id.loket.platform.web.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The profile page: who the user is (with department and location), and their API tokens (make one,
 * see it once, revoke).
 */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The validity choices the page offers, in days. */
  private static final List<Integer> EXPIRIES = List.of(7, 30, 90, ApiTokens.MAX_DAYS);

  @Inject transient ApiTokens tokens;
  @Inject transient UserDirectory users;
  @Inject transient SecurityContext security;

  private CallerIdentity me;
  private Placement placement = Placement.UNKNOWN;
  private List<TokenView> list = List.of();
  private NewToken request = new NewToken();
  private CreatedToken created;

  /** f:viewAction */
  public void load() {
    me = users.find(security.getCallerPrincipal().getName()).orElseThrow();
    placement = users.placement(me.username());
    list = tokens.mine();
  }

  public void create() {
    try {
      created = tokens.create(request.getName(), request.getDays());
      request = new NewToken();
    } catch (RuntimeException e) {
      FacesErrors.show(e, "tokenForm");
    }
    list = tokens.mine();
  }

  public void revoke(TokenView token) {
    try {
      tokens.revoke(token.id());
      FacesErrors.info("profile.token.revoked", token.name());
    } catch (RuntimeException e) {
      FacesErrors.show(e, "tokens");
    }
    created = null;
    list = tokens.mine();
  }

  public String getRoles() {
    return me.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  /** The time now, shown in the reader's zone (so that they can check their choice). */
  public java.time.Instant getNow() {
    return java.time.Instant.now();
  }

  /** The caller's department and location, read-only: administrators set them. */
  public Placement getPlacement() {
    return placement;
  }

  public CallerIdentity getMe() {
    return me;
  }

  public List<TokenView> getTokens() {
    return list;
  }

  public List<Integer> getExpiries() {
    return EXPIRIES;
  }

  public CreatedToken getCreated() {
    return created;
  }

  /** What the form asks for: the new token's name and validity. */
  public NewToken getRequest() {
    return request;
  }
}
