package id.loket.attachment.boundary;

import id.loket.ticket.boundary.TicketDetails;
import java.util.List;

/** A ticket just opened or commented on, and the files stored with it. */
public record WithAttachments(TicketDetails ticket, List<AttachmentView> attachments) {
  public WithAttachments {
    attachments = List.copyOf(attachments);
  }
}
