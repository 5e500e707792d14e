package id.loket.ticket.entity;

/** How soon the affected people need a fix; one axis of the {@link Priority} matrix. */
public enum Urgency {
  HIGH,
  MEDIUM,
  LOW
}
