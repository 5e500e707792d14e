package id.loket.identity.boundary;

import jakarta.validation.constraints.NotNull;

/** A user replacing their own password: the current one (proof) and the new one. */
public class PasswordChange {

  @NotNull(message = "{profile.password.current.required}")
  private String currentPassword;

  @NotNull(message = "{profile.password.new.required}")
  private String newPassword;

  public PasswordChange() {}

  public PasswordChange(String currentPassword, String newPassword) {
    this.currentPassword = currentPassword;
    this.newPassword = newPassword;
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
}
