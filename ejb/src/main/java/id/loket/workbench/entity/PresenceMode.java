package id.loket.workbench.entity;

/** What someone with a ticket open is doing: reading it, or typing into one of its forms. */
public enum PresenceMode {
  VIEWING,
  EDITING
}
