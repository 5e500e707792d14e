package id.loket.platform.web;

import id.loket.shared.DomainException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;

/** What went wrong underneath the container's wrapping, for the API and the pages alike. */
final class Failures {

  private Failures() {}

  /**
   * Strips the EJB container's {@code EJBException} and a transaction's {@code RollbackException}
   * from a failure; an {@code EJBAccessException} is itself the answer (403).
   */
  /**
   * Whether the container refused the call for the caller's roles. (Through CDI a refused EJB call
   * surfaces as {@code EJBAccessException} or as {@code AccessLocalException}.)
   */
  static boolean isForbidden(Throwable e) {
    return e instanceof EJBAccessException || e instanceof AccessLocalException;
  }

  static Throwable cause(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof EJBException && !isForbidden(current) && current.getCause() != null)
        || (current instanceof RollbackException && current.getCause() != null)
        || (current instanceof ProcessingException && isClientError(current.getCause()))) {
      current = current.getCause();
    }
    return current;
  }

  /** What a request body reader throws for bad input (Jersey may wrap it). */
  private static boolean isClientError(Throwable cause) {
    return cause instanceof DomainException || cause instanceof ConstraintViolationException;
  }
}
