/**
 * Guards at intake: a requester who pastes a password, a PIN, a card number, an IBAN or an access
 * key into a ticket is warned before sending, and whatever is sent is stored masked. The scanner
 * ({@code control.SecretScanner}) is plain Java; the ticket feature masks new tickets and comments
 * through {@code boundary.SecretGuard} before anything is stored, audited, published or logged.
 */
package id.loket.guard;
