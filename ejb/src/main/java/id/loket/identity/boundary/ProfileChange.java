package id.loket.identity.boundary;

import id.loket.shared.Text;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/**
 * The settings a user changes about themselves: e-mail (blank: none), language ({@code en} or
 * {@code id}; blank: the browser's), time zone (an IANA region id such as {@code Asia/Makassar};
 * blank: the desk's), and the version of the profile they changed.
 */
public class ProfileChange implements Serializable {

  private static final long serialVersionUID = 1L;

  private String email;
  private String language;
  private String timeZone;

  @NotNull(message = "{profile.version.required}")
  private Long version;

  public ProfileChange() {}

  public ProfileChange(String email, String language, String timeZone, Long version) {
    setEmail(email);
    setLanguage(language);
    setTimeZone(timeZone);
    this.version = version;
  }

  public static ProfileChange of(ProfileView view) {
    return new ProfileChange(view.email(), view.language(), view.timeZone(), view.version());
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = Text.cleanOrNull(email);
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = Text.cleanOrNull(language);
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = Text.cleanOrNull(timeZone);
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
