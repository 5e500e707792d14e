/** What the server's health endpoint reports about Loket (liveness, readiness, messaging). */
package id.loket.health;
