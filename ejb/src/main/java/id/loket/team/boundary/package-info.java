/** What other features and the web tier call: reading teams, and administering them. */
package id.loket.team.boundary;
