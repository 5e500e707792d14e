package id.loket.platform.web;

import id.loket.shared.DomainException;
import id.loket.shared.InvalidFieldException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Shows a failed action to the user as messages on the page (next to the field where possible). */
public final class FacesErrors {

  private static final Logger LOG = Logger.getLogger(FacesErrors.class.getName());

  private FacesErrors() {}

  public static void info(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            Messages.get(faces.getViewRoot().getLocale(), key, args),
            null));
  }

  public static void error(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Messages.get(faces.getViewRoot().getLocale(), key, args),
            null));
  }

  /**
   * @param formId the id of the form whose inputs are named like the bean's properties
   */
  public static void show(Throwable thrown, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Throwable e = Failures.cause(thrown);
    if (e instanceof InvalidFieldException invalid && !invalid.fields().isEmpty()) {
      invalid
          .fields()
          .forEach(
              f -> {
                String clientId = formId + ":" + f.name();
                boolean known = faces.getViewRoot().findComponent(clientId) != null;
                faces.addMessage(
                    known ? clientId : null,
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Messages.get(
                            faces.getViewRoot().getLocale(), f.messageKey(), f.args().toArray()),
                        null));
              });
    } else if (e instanceof DomainException d) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.of(d, faces.getViewRoot().getLocale()), null));
    } else if (e instanceof ConstraintViolationException cve) {
      cve.getConstraintViolations()
          .forEach(
              v -> {
                String path = v.getPropertyPath().toString();
                String field = path.substring(path.lastIndexOf('.') + 1);
                String clientId = formId + ":" + field;
                boolean known = faces.getViewRoot().findComponent(clientId) != null;
                faces.addMessage(
                    known ? clientId : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
              });
    } else if (Failures.isForbidden(e)) {
      error("problem.forbidden");
    } else if (e instanceof OptimisticLockException) {
      error("problem.concurrent");
    } else {
      LOG.log(Level.SEVERE, "Unexpected failure on a page", thrown);
      error("problem.page");
    }
    faces.validationFailed();
  }
}
