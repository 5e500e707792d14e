package id.loket.ticket.entity;

/** Who may read a {@link Comment}: everyone involved, or support staff only. */
public enum Visibility {
  /** Visible to the requester as well as to support staff. */
  PUBLIC,
  /** Visible to support staff only (work notes). */
  INTERNAL
}
