package id.loket.ticket.boundary;

import id.loket.shared.PlainText;
import id.loket.shared.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Whom to add as a watcher: {@code {"username": "budi"}}. */
public class NewWatcher {

  @NotBlank(message = "{watcher.username.required}")
  @PlainText
  @Size(max = 64, message = "{watcher.username.size}")
  private String username;

  public NewWatcher() {}

  public NewWatcher(String username) {
    setUsername(username);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = Text.clean(username);
  }
}
