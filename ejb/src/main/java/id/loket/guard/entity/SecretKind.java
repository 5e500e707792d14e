package id.loket.guard.entity;

/** What kind of secret a piece of text looks like. */
public enum SecretKind {
  PASSWORD,
  PIN,
  PAYMENT_CARD,
  IBAN,
  ACCESS_TOKEN,
  PRIVATE_KEY
}
