package id.loket.guard.web;

import id.loket.guard.boundary.SecretCheck;
import id.loket.guard.boundary.SecretGuard;
import id.loket.platform.web.LocaleSelector;
import id.loket.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The warning before a text with a secret is sent (the dialog of {@code
 * /WEB-INF/includes/secret-guard.xhtml}). A form's action asks {@link #holdBack(String...)} first:
 * with a secret in its texts the dialog opens and the action stops; "Send masked" confirms and runs
 * the action again, which then goes through (the ticket feature masks what it stores in any case);
 * "Edit my text" closes the dialog.
 */
@Named
@ViewScoped
public class SecretGuardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SecretGuard guard;
  @Inject LocaleSelector locale;

  private boolean open;
  private boolean confirmed;
  private String preview;
  private final Set<String> kinds = new LinkedHashSet<>();

  /** Whether the action must stop to warn about secrets in {@code texts} (opens the dialog). */
  public boolean holdBack(String... texts) {
    if (confirmed) {
      confirmed = false;
      open = false;
      return false;
    }
    kinds.clear();
    List<String> masked = new ArrayList<>();
    for (String text : texts) {
      SecretCheck check = guard.check(text);
      if (check.secret()) {
        masked.add(check.masked());
        check.findings().forEach(f -> kinds.add(f.kind()));
      }
    }
    open = !masked.isEmpty();
    preview = String.join("\n\n", masked);
    return open;
  }

  /** "Send masked": the action that follows goes through. */
  public void confirm() {
    confirmed = true;
    open = false;
  }

  /** "Edit my text". */
  public void edit() {
    open = false;
    confirmed = false;
  }

  public boolean isOpen() {
    return open;
  }

  public String getPreview() {
    return preview;
  }

  /** What was found, in the reader's language: "a password, a card number". */
  public String getKinds() {
    return String.join(
        ", ",
        kinds.stream().map(k -> Messages.get(locale.getLocale(), "guard.kind." + k)).toList());
  }
}
