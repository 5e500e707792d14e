package id.loket.identity.web;

import id.loket.identity.boundary.PasswordChange;
import id.loket.identity.boundary.ProfileChange;
import id.loket.identity.boundary.ProfileView;
import id.loket.identity.boundary.Profiles;
import id.loket.platform.web.FacesErrors;
import id.loket.platform.web.LocaleSelector;
import id.loket.security.SessionStamp;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The profile page's settings (e-mail, language, time zone) and password change. The password form
 * keeps this session signed in ({@link SessionStamp}); every other session of the user ends.
 */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<String> ZONES =
      ZoneId.getAvailableZoneIds().stream()
          .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
          .sorted()
          .toList();

  @Inject transient Profiles profiles;
  @Inject transient SessionStamp stamp;
  @Inject UserSettings settings;
  @Inject LocaleSelector locale;

  private ProfileChange change;
  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  /** f:viewAction */
  public void load() {
    change = ProfileChange.of(profiles.mine());
  }

  public String save() {
    try {
      ProfileView saved = profiles.update(change);
      settings.changed(saved);
      if (saved.language() != null) {
        locale.switchTo(saved.language());
      }
      FacesErrors.info("profile.settings.saved");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/profile.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      FacesErrors.show(e, "settingsForm");
      return null;
    }
  }

  public String changePassword() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "passwordForm:repeatPassword",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  id.loket.platform.web.Messages.get(
                      FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                      "profile.password.mismatch"),
                  null));
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    try {
      stamp.renew(profiles.changePassword(new PasswordChange(currentPassword, newPassword)));
      FacesErrors.info("profile.password.changed");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/profile.xhtml?faces-redirect=true";
    } catch (RuntimeException e) {
      FacesErrors.show(e, "passwordForm");
      return null;
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public List<String> getZones() {
    return ZONES;
  }

  public ProfileChange getChange() {
    return change;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
