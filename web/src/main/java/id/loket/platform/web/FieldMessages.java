package id.loket.platform.web;

import id.loket.shared.InvalidFieldException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Shows a refused form next to its fields: each field an {@link InvalidFieldException} names gets
 * its message at the input of the same id in the form (globally if the form has none); any other
 * failure goes to {@link FacesErrors}.
 */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(Throwable thrown, String formId) {
    Throwable e = Failures.cause(thrown);
    if (!(e instanceof InvalidFieldException invalid)) {
      FacesErrors.show(thrown, formId);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidFieldException.Field field : invalid.fields()) {
      String clientId = formId + ":" + field.name();
      boolean known = faces.getViewRoot().findComponent(clientId) != null;
      faces.addMessage(
          known ? clientId : null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.get(
                  faces.getViewRoot().getLocale(), field.messageKey(), field.args().toArray()),
              null));
    }
    faces.validationFailed();
  }

  /** Keeps the messages of this request for the page a redirect leads to. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }
}
