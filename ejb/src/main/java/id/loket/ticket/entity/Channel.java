package id.loket.ticket.entity;

/**
 * How a ticket reached the service desk: the requester on the portal, an agent taking a call for
 * them (PHONE), a program through the API, or an e-mail.
 */
public enum Channel {
  PORTAL,
  PHONE,
  API,
  EMAIL
}
