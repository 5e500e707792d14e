/**
 * Canned responses (issue 8, agent workspace): texts agents answer the same questions with, kept
 * per team (every member uses them, the team's leads and administrators keep them) or per agent
 * (private), in English or Indonesian, with placeholders such as {@code {requester.name}} that are
 * filled from the ticket when an agent inserts one into a reply.
 *
 * <p>Team membership and leads are read through the team feature's boundary ({@code Teams}), the
 * ticket through the ticket feature's ({@code TicketService}, which also decides who may see it).
 */
package id.loket.canned;
