package id.loket.messaging.boundary;

import jakarta.ejb.ApplicationException;

/** The broker did not take a batch of events; nothing was marked published. */
@ApplicationException(rollback = true)
public class PublishFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
