package id.loket.mail.control;

/**
 * Mail that no human wrote to us: it must never open a ticket or be answered, or two robots would
 * write to each other forever.
 */
public enum Noise {
  /** A person wrote it. */
  NONE,
  /** Out-of-office notices, autoresponders, mailing lists and bulk mail. */
  AUTO_REPLY,
  /** Delivery failure reports from mail servers. */
  BOUNCE,
  /** A mail that Loket itself sent and that came back to its own inbox. */
  OWN_MAIL
}
