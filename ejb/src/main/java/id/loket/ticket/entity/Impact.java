package id.loket.ticket.entity;

/** How much of the business is affected by a ticket; one axis of the {@link Priority} matrix. */
public enum Impact {
  HIGH,
  MEDIUM,
  LOW
}
