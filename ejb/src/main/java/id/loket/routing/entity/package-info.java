/**
 * The values routing is configured with: rules with their conditions, teams with their members, the
 * skills of agents, and the facts of a ticket that rules look at. All are immutable records or
 * enums that check their own invariants, so they can be built from a form, a JSON document or a
 * test alike.
 */
package id.loket.routing.entity;
