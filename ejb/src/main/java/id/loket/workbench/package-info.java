/**
 * The agent's workbench on one ticket, beyond what the ticket feature itself does: merging a
 * duplicate into its primary (the ticket feature moves conversation and watchers, the attachment
 * feature the files — one transaction), links between tickets (related, parent/child for a major
 * incident, whose resolution can resolve its open children) and presence (who else has the ticket
 * open, kept in the database so that every node sees it). It uses the ticket and attachment
 * features through their boundaries only.
 */
package id.loket.workbench;
