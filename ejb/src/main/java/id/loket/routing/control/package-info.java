/**
 * The routing engine and what it answers. {@link id.loket.routing.control.RoutingEngine} is a pure
 * function from a ticket, the ordered rules and the team rosters to a {@link
 * id.loket.routing.control.RoutingDecision}: the team, perhaps an agent, and a {@link
 * id.loket.routing.control.RoutingTrace} that explains both in data (for storage as JSON) and in
 * English or Indonesian text (for the agent who wonders "why me?"). {@link
 * id.loket.routing.control.RuleValidator} tells an administrator what is wrong with a rule table
 * before it is saved.
 */
package id.loket.routing.control;
