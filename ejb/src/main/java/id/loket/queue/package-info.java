/**
 * The agents' queues: views of the open work (mine, my teams' unassigned, a team, waiting,
 * breaching soon, recently updated, all open), filtered and sorted, read a keyset page at a time
 * over partial indexes of open tickets (V12); bounded counts; one search box over every ticket and
 * its comments; saved views per agent; bulk actions on selected rows through the ticket boundary.
 *
 * <p>Scoping: an agent sees the queues of the teams they are a member of, plus their own assigned
 * tickets; team leads, managers and administrators see everything. Team membership is read with SQL
 * on {@code team_member} here (no dependency on the team feature's code).
 */
package id.loket.queue;
