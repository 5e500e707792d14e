package id.loket.sla.entity;

/** What a ticket's clock measures: the time until someone answers, or until it is solved. */
public enum SlaTarget {
  /** Until the first public answer of staff (or the ticket is resolved first). */
  FIRST_RESPONSE,
  /** Until the ticket is resolved; a reopened ticket's clock goes on from where it stopped. */
  RESOLUTION,
  /** Optional: until staff answer again after each public reply of the requester. */
  NEXT_RESPONSE
}
