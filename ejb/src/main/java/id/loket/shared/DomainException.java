package id.loket.shared;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * A business rule was violated.
 *
 * <p>Loket is bilingual, so the domain must not decide how a rule violation is worded. Each
 * exception therefore carries a resource-bundle {@linkplain #messageKey() key} and the {@linkplain
 * #args() arguments} for its placeholders; the web layer translates it for the user. {@link
 * #getMessage()} returns an English default that is meant for logs and developers only.
 *
 * <p>It is an application exception that rolls back: the caller gets it as it is (not wrapped in an
 * {@code EJBException}), and nothing of the refused call is stored.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is; the web tier maps kinds to answers, never classes. */
  public enum Kind {
    /** The request cannot be done as asked (a rule or a field is violated): 422. */
    INVALID,
    /** The input is not even well-formed (e.g. a mistyped ticket number): 400. */
    MALFORMED,
    /** Nothing the caller may see is there: 404. */
    NOT_FOUND,
    /** The request contradicts the current state (status, version): 409. */
    CONFLICT,
    /** The caller is known but may not do this: 403. */
    FORBIDDEN,
    /** The caller's copy is outdated (If-Match / version): 412. */
    STALE
  }

  private final Kind kind;
  private final String messageKey;
  private final Object[] args;

  /**
   * @param messageKey resource-bundle key of the user-facing message, never {@code null}
   * @param defaultMessage English text used by {@link #getMessage()}
   * @param args arguments for the placeholders of the translated message
   */
  public DomainException(String messageKey, String defaultMessage, Object... args) {
    this(Kind.INVALID, messageKey, defaultMessage, args);
  }

  /**
   * @param kind what kind of failure, for the answer the caller gets
   */
  public DomainException(Kind kind, String messageKey, String defaultMessage, Object... args) {
    super(defaultMessage);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.args = args == null ? new Object[0] : args.clone();
  }

  /**
   * The caller's copy of {@code subject} is outdated: the write was based on version {@code
   * expected}, and someone else has since brought it to {@code current}. Every stale refusal is
   * made here, so that all of them answer 412 with the same arguments: the message key's
   * placeholders are <code>{0}</code> the subject (a ticket number, a name), <code>{1}</code> the
   * version seen and <code>{2}</code> the current one.
   *
   * @param messageKey resource-bundle key of the user-facing message
   * @param subject what was changed, as the user knows it
   * @param expected the version the caller's write was based on ({@code null}: none was sent)
   * @param current the version stored now
   * @return the exception, for the caller to throw
   */
  public static DomainException stale(
      String messageKey, Object subject, Long expected, long current) {
    return new DomainException(
        Kind.STALE,
        messageKey,
        subject + " changed since version " + expected + " (now " + current + ")",
        subject,
        expected,
        current);
  }

  /**
   * @return what kind of failure this is
   */
  public Kind kind() {
    return kind;
  }

  /**
   * @return the resource-bundle key of the user-facing message
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * @return a copy of the message arguments, in placeholder order
   */
  public Object[] args() {
    return args.clone();
  }
}
