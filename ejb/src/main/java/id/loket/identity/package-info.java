/**
 * Who may sign in to Loket and in which roles. Users live in the application's database with
 * PBKDF2-hashed passwords; other identity stores (LDAP, OIDC) can be added beside this one without
 * changing the roles the rest of the application checks.
 */
package id.loket.identity;
