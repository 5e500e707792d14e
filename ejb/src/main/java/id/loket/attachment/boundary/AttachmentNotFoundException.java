package id.loket.attachment.boundary;

import id.loket.shared.DomainException;

/**
 * No attachment with this id that the caller may see: the same answer whether it does not exist,
 * belongs to a ticket the caller may not see, or came with an internal note and the caller is not
 * staff. It names neither the ticket nor the file.
 */
public class AttachmentNotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public AttachmentNotFoundException(long id) {
    super(Kind.NOT_FOUND, "attachment.notfound", "No attachment " + id + " was found", id);
  }
}
