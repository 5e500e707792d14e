package id.loket.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in. The password is only ever held as a PBKDF2 hash.
 *
 * <p>The <em>security stamp</em> is a random value replaced whenever something that was true at
 * sign-in stops being true: the user is disabled, the password changes or the roles change. Every
 * signed-in request compares the stamp it started with to the current one, so such a change ends
 * the user's sessions and cached credentials (on every node, within the stamp cache time).
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "locale", length = 16)
  private String locale;

  @Column(name = "time_zone", length = 64)
  private String timeZone;

  @Column(name = "department", length = 100)
  private String department;

  @Column(name = "location", length = 100)
  private String location;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "security_stamp", nullable = false, length = 36)
  private String securityStamp = newStamp();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role", length = 16)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      String locale,
      Set<Role> roles,
      Instant createdAt) {
    this.username = username;
    this.displayName = displayName;
    this.email = email;
    this.passwordHash = passwordHash;
    this.locale = locale;
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public String getLocale() {
    return locale;
  }

  /** The zone id the user reads times in, or null for the desk's zone. */
  public String getTimeZone() {
    return timeZone;
  }

  public long getVersion() {
    return version;
  }

  /**
   * The user's own settings: e-mail (null: none), language tag (null: the browser's) and time zone
   * id (null: the desk's). Checked by the caller ({@code Profiles}).
   */
  public void changeSettings(String email, String locale, String timeZone) {
    this.email = email;
    this.locale = locale;
    this.timeZone = timeZone;
  }

  /** The department the user works in, or null while the directory does not know. */
  public String getDepartment() {
    return department;
  }

  /** The office or city the user works at, or null while the directory does not know. */
  public String getLocation() {
    return location;
  }

  /**
   * Where the user sits in the organisation, as an administrator recorded it; routing rules on
   * department and location look at it. Checked by the caller ({@code DirectoryRules}).
   */
  public void place(String department, String location) {
    this.department = department;
    this.location = location;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public String getSecurityStamp() {
    return securityStamp;
  }

  /** Nobody can sign in as this user any more; their sessions and tokens end. */
  public void disable() {
    active = false;
    securityStamp = newStamp();
  }

  /** The user may sign in again (with a password set by {@link #changePasswordHash}). */
  public void enable() {
    active = true;
  }

  /** A new password; sessions and cached credentials with the old one end. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
    securityStamp = newStamp();
  }

  /** New roles; sessions that hold the old ones end (and sign in again with the new ones). */
  public void changeRoles(Set<Role> newRoles) {
    if (newRoles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    if (!roles.equals(EnumSet.copyOf(newRoles))) {
      roles.clear();
      roles.addAll(newRoles);
      securityStamp = newStamp();
    }
  }

  private static String newStamp() {
    return UUID.randomUUID().toString();
  }
}
