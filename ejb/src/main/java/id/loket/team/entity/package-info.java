/** The team and the agent profile as stored; members and skills are plain rows beside them. */
package id.loket.team.entity;
