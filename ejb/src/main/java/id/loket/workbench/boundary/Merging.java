package id.loket.workbench.boundary;

import id.loket.attachment.boundary.Attachments;
import id.loket.identity.entity.Roles;
import id.loket.ticket.boundary.TicketDetails;
import id.loket.ticket.boundary.TicketWorkbench;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Merges a duplicate into its primary in one transaction: the ticket feature closes the duplicate
 * with a pointer, moves its conversation and watchers, audits both tickets and tells both
 * requesters; the attachment feature moves the files. Either all of it happens or nothing.
 *
 * <p>Moved, not copied: a copy would show the same message twice to whoever reads both tickets, and
 * the duplicate's reader is sent to the primary by the pointer reply anyway (its requester becomes
 * a watcher of the primary, so they keep reading what they wrote).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.TEAM_LEAD, Roles.MANAGER, Roles.ADMIN})
public class Merging {

  @EJB TicketWorkbench tickets;
  @EJB Attachments attachments;

  /**
   * @param expectedVersion the duplicate's version the caller saw ({@code null}: no check)
   * @return the duplicate, closed
   */
  public TicketDetails merge(
      String number, @NotNull @Valid MergeRequest request, Long expectedVersion) {
    TicketDetails duplicate = tickets.merge(number, request.getInto(), expectedVersion);
    attachments.moveAll(duplicate.number(), request.getInto());
    return duplicate;
  }
}
