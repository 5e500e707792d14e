package id.loket.platform.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.transaction.RollbackException;

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
        || (current instanceof RollbackException && current.getCause() != null)) {
      current = current.getCause();
    }
    return current;
  }
}
