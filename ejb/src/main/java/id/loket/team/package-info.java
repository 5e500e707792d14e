/**
 * Teams: the queues of the service desk, their members and leads, and the agents' skills, away flag
 * and capacity.
 *
 * <p>A team is who owns a ticket until someone takes it; its lead answers for its queue. Routing
 * reads the teams (with the skills and availability of their members) to decide where a ticket
 * goes, the queues read them to know which tickets an agent may see, and the catalog names a team
 * as a request type's first stop. Other features use {@link id.loket.team.boundary.Teams} only;
 * administrators and team leads change them through {@link id.loket.team.boundary.TeamAdmin}, whose
 * rules are in {@link id.loket.team.control.TeamPolicy}.
 */
package id.loket.team;
