package id.loket.shared;

/** The caller is signed in but may not do this (e.g. a requester posting an internal note). */
public class NotPermittedException extends DomainException {
  public NotPermittedException(String messageKey, String defaultMessage, Object... args) {
    super(Kind.FORBIDDEN, messageKey, defaultMessage, args);
  }
}
