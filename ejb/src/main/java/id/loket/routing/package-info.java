/**
 * Routing: which team's queue a new ticket lands in and which agent of that team gets it.
 *
 * <p>A service desk with a dozen queues cannot rely on requesters picking the right one, and a
 * dispatcher doing it by hand is a bottleneck. Administrators therefore write ordered rules ("a
 * network ticket from Surabaya goes to Network East and needs network skill 3"), and within the
 * team Loket picks an agent who has the skills, is present and has room. Every decision comes with
 * a trace in plain words, because agents only trust an automatic assignment they can check.
 *
 * <p>The engine ({@link id.loket.routing.control.RoutingEngine}) is plain Java without a container
 * or database: it receives the ticket, the rules and the rosters (with their current loads) and
 * answers a decision, so re-routing is simply calling it again.
 */
package id.loket.routing;
