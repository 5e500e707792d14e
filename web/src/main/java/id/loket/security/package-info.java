/**
 * Sign-in for Loket. One authentication mechanism chooses by path: the REST API under {@code /api}
 * takes HTTP Basic on every request (no session); pages use a form and remember the caller in the
 * HTTP session. Both check credentials through the same identity store(s), so an LDAP or OIDC store
 * can be added beside the database one later.
 */
package id.loket.security;
